"""The keyword vocabulary of the 2025 catalogue's level-3 items (GreenFin analyst); one-off, not kept."""
import json

from common import OUT, VERSION, load, write_json
from signals_data import PARAMETER_RULES, SIGNALS
from vocab_data import V

KIND_BY_GROUP = {
    "1.1": "manufacture", "1.2": "manufacture", "1.3": "retrofit", "1.4": "retrofit", "1.5": "construction-operation",
    "2.1": "manufacture", "2.2": "pollution-control", "2.3": "pollution-control", "2.4": "pollution-control", "2.5": "pollution-control",
    "3.1": "manufacture", "3.2": "construction-operation",
    "4.1": "manufacture", "4.2": "construction-operation", "4.3": "construction-operation",
    "5.1": "ecological", "5.2": "ecological", "5.3": "ecological",
    "6.1": "construction-operation", "6.2": "construction-operation", "6.3": "construction-operation",
    "6.4": "construction-operation", "6.5": "construction-operation", "6.6": "construction-operation",
    "7.1": "service", "7.2": "service", "7.3": "service", "7.4": "service", "7.5": "service", "7.6": "service",
    "8.1": "trade", "8.2": "trade", "8.3": "trade", "8.4": "trade", "8.5": "trade", "8.6": "trade", "8.7": "trade",
    "9.1": "consumption",
}
KIND_OVERRIDE = {"4.3.4": "retrofit", "6.1.3": "retrofit", "6.2.2": "retrofit", "6.6.1": "retrofit", "6.6.3": "retrofit"}

ACTIVITY_KINDS = {
    "manufacture": {
        "nameZh": "制造（含制造商直销）", "nameEn": "manufacture (incl. the manufacturer's direct sales)",
        "cuesZh": ["制造", "生产", "生产线", "产能", "产线", "研制", "装备制造", "扩产", "工厂", "基地"],
        "cuesEn": ["manufactur", "production line", "factory", "plant capacity", "produce", "fabrication"],
    },
    "retrofit": {
        "nameZh": "改造、升级", "nameEn": "retrofit or upgrade of existing assets",
        "cuesZh": ["改造", "升级", "提升", "替换", "更新", "技改", "节能改造", "能效提升"],
        "cuesEn": ["retrofit", "upgrade", "replacement", "refurbish", "modernis", "improvement"],
    },
    "construction-operation": {
        "nameZh": "建设和运营", "nameEn": "construction and/or operation of a facility",
        "cuesZh": ["建设", "运营", "新建", "扩建", "项目", "电站", "装机", "并网", "投运", "工程"],
        "cuesEn": ["construction", "build", "operation", "operate", "project", "commission", "installed capacity", "grid-connected"],
    },
    "pollution-control": {
        "nameZh": "污染治理", "nameEn": "pollution control and environmental remediation",
        "cuesZh": ["治理", "整治", "处理", "防治", "修复", "削减", "达标"],
        "cuesEn": ["treatment", "control", "remediation", "abatement", "clean-up"],
    },
    "ecological": {
        "nameZh": "生态农林牧渔、生态保护修复和国土整治", "nameEn": "ecological agriculture, forestry and fisheries; ecological protection and restoration; land remediation",
        "cuesZh": ["种植", "养殖", "培育", "保护", "修复", "恢复", "治理", "营造", "管护"],
        "cuesEn": ["planting", "farming", "cultivation", "conservation", "restoration", "rehabilitation", "protection"],
    },
    "service": {
        "nameZh": "服务", "nameEn": "services",
        "cuesZh": ["服务", "咨询", "设计", "审计", "核查", "评估", "监测", "托管", "平台", "交易"],
        "cuesEn": ["service", "consulting", "advisory", "audit", "verification", "assessment", "monitoring", "platform", "trading"],
    },
    "trade": {
        "nameZh": "贸易（批发、零售、代理、电商）", "nameEn": "trade (wholesale, retail, agency, online)",
        "cuesZh": ["贸易", "批发", "零售", "销售", "经销", "分销", "代理", "进出口", "出口", "电商", "门店"],
        "cuesEn": ["trade", "trading", "wholesale", "retail", "distribution", "distributor", "dealer", "export", "import", "e-commerce"],
    },
    "consumption": {
        "nameZh": "消费（机构或个人购买自用）", "nameEn": "consumption (purchase for own use by institutions or individuals)",
        "cuesZh": ["购买", "消费", "按揭", "购房", "购车", "车贷", "消费贷", "个人贷款", "自用"],
        "cuesEn": ["purchase", "mortgage", "consumer loan", "auto loan", "buy", "own use"],
    },
}

COAL_FACT = "cn-green-2025@2026.1 meta.json facts 'coal-removed' (eco.gov.cn interview: 删除煤炭利用相关内容)"
BOND_FACT = "cn-green-bond-2021@2026.1 meta.json facts 'fossil-removed'"
GLOBAL = [
    {
        "id": "coal-power",
        "nameEn": "Coal-fired power generation",
        "termsZh": ["燃煤电厂", "燃煤发电", "煤电机组", "燃煤机组", "煤电项目", "燃煤火电", "超超临界燃煤", "煤电"],
        "termsEn": ["coal-fired power", "coal power plant", "coal-fired unit", "coal-fired generation"],
        "unlessZh": ["CCUS", "碳捕集", "二氧化碳捕集", "二氧化碳封存", "粉煤灰", "脱硫石膏", "灰渣综合利用"],
        "unlessEn": ["CCUS", "carbon capture", "CO2 capture", "fly ash"],
        "reason": "Coal-utilisation content was deleted from the 2025 catalogue; coal power is a transition-finance sector, not green. CCUS at a coal plant stays eligible under 1.5.1, and the use of its ash and gypsum under 3.2.3.",
        "source": [COAL_FACT, BOND_FACT],
        "verification": "verified-secondary",
        "termsVerification": "analyst",
    },
    {
        "id": "coal-mining",
        "nameEn": "Coal mining and washing",
        "termsZh": ["煤矿建设", "煤炭开采", "采煤工作面", "洗煤厂", "选煤厂", "煤炭洗选", "煤矿扩能", "矿井建设", "露天煤矿"],
        "termsEn": ["coal mine", "coal mining", "coal washing", "coal preparation plant"],
        "unlessZh": ["沉陷", "塌陷", "生态修复", "复垦", "矿井水", "煤矸石综合利用", "矿山地质环境"],
        "unlessEn": ["subsidence", "rehabilitation", "reclamation", "mine water reuse"],
        "reason": "Coal production was removed in 2021 and coal utilisation in 2025; remediation of coal-mining subsidence (5.3.1), mine rehabilitation (5.3.4), mine-water reuse and gangue utilisation remain.",
        "source": [COAL_FACT, BOND_FACT],
        "verification": "verified-secondary",
        "termsVerification": "analyst",
    },
    {
        "id": "coal-chemicals",
        "nameEn": "Coal conversion and coal chemicals",
        "termsZh": ["煤化工", "煤制油", "煤制气", "煤制天然气", "煤制烯烃", "煤制甲醇", "煤制乙二醇", "煤液化", "煤制氢"],
        "termsEn": ["coal-to-liquids", "coal-to-gas", "coal-to-natural-gas", "coal-to-chemicals", "coal-to-olefins", "coal liquefaction"],
        "unlessZh": ["CCUS", "碳捕集", "二氧化碳捕集"],
        "unlessEn": ["CCUS", "carbon capture"],
        "reason": "Coal conversion left the bond catalogue in 2021 (煤化工 no longer supported) and coal utilisation the 2025 catalogue.",
        "source": [COAL_FACT, BOND_FACT, "https://scholarmate.com/S/338p2F"],
        "verification": "verified-secondary",
        "termsVerification": "analyst",
    },
    {
        "id": "clean-coal",
        "nameEn": "'Clean' coal utilisation",
        "termsZh": ["洁净煤", "清洁煤", "型煤", "水煤浆", "煤炭清洁高效利用", "煤炭清洁利用", "兰炭"],
        "termsEn": ["clean coal", "coal briquette", "coal-water slurry"],
        "unlessZh": [],
        "unlessEn": [],
        "reason": "Clean utilisation of coal and other fossil fuels was removed from the 2021 bond catalogue and coal-utilisation content from the 2025 catalogue.",
        "source": [BOND_FACT, COAL_FACT],
        "verification": "verified-secondary",
        "termsVerification": "analyst",
    },
    {
        "id": "coal-boilers",
        "nameEn": "New coal-fired boilers",
        "termsZh": ["新建燃煤锅炉", "燃煤锅炉房", "燃煤蒸汽锅炉", "燃煤热水锅炉", "燃煤热电联产"],
        "termsEn": ["new coal-fired boiler", "coal-fired boiler house", "coal-fired CHP"],
        "unlessZh": ["替代", "淘汰", "拆除", "煤改电", "煤改气", "CCUS", "碳捕集"],
        "unlessEn": ["replace", "phase out", "decommission", "CCUS", "carbon capture"],
        "reason": "Burning coal for heat or steam is coal utilisation, deleted from the 2025 catalogue; replacing coal boilers remains eligible (e.g. 6.5.3, 6.5.4).",
        "source": [COAL_FACT],
        "verification": "verified-secondary",
        "termsVerification": "analyst",
    },
    {
        "id": "oil-gas",
        "nameEn": "Oil and gas production, refining and gas-fired power",
        "termsZh": ["油田开发", "油气勘探", "炼油扩能", "炼化一体化", "天然气发电", "燃气电厂", "燃机电厂", "燃气-蒸汽联合循环", "燃气蒸汽联合循环", "天然气长输管道", "LNG接收站"],
        "termsEn": ["oil field development", "refinery expansion", "gas-fired power plant", "gas turbine power plant", "LNG terminal", "gas pipeline"],
        "unlessZh": ["CCUS", "碳捕集", "二氧化碳驱油", "甲烷泄漏", "余热", "油气回收"],
        "unlessEn": ["CCUS", "carbon capture", "CO2-EOR", "methane leak", "waste heat", "vapour recovery"],
        "reason": "No 2025 level-3 item names oil and gas production, refining, gas-fired generation or gas transmission (the 2021 item 3.2.3.3 on gas transmission has no 2025 counterpart in the crosswalk). An absence, not an official exclusion.",
        "source": ["crosswalks@2026.1 cn-green-bond-2021--cn-green-2025.json (3.2.3.3 → none)", "cn-green-2025@2026.1 tree.json"],
        "verification": "analyst",
        "termsVerification": "analyst",
    },
    {
        "id": "ordinary-real-estate",
        "nameEn": "Ordinary real estate without a green-building standard",
        "termsZh": ["商品住宅开发", "商品房开发", "住宅小区开发", "商业综合体开发", "写字楼开发", "酒店开发", "房地产开发项目"],
        "termsEn": ["residential development", "commercial complex", "office development", "real estate development", "resort hotel"],
        "unlessZh": ["绿色建筑", "星级", "超低能耗", "近零能耗", "零能耗", "被动式", "装配式", "低碳建筑"],
        "unlessEn": ["green building", "LEED", "ultra-low energy", "near-zero energy", "passive house", "prefabricated", "low-carbon building"],
        "reason": "Buildings are eligible only as green, ultra-low-energy/low-carbon, retrofitted or prefabricated buildings (6.1.x); an ordinary development is not.",
        "source": ["cn-green-2025@2026.1 tree.json (6.1)"],
        "verification": "analyst",
        "termsVerification": "analyst",
    },
]


def main():
    tree = load("taxonomy_cn_2025.json")["nodes"]
    l3 = [n for n in tree if n["level"] == 3]
    assert len(l3) == 271 and set(V) == {n["code"] for n in l3}, set(V) ^ {n["code"] for n in l3}
    with open(f"{OUT}/crosswalks@{VERSION}/cn-green-bond-2021--cn-green-2025.json", encoding="utf8") as f:
        xw = json.load(f)["links"]
    from_bond = {}
    for link in xw:
        for t in link["to"]:
            from_bond.setdefault(t, []).append(link["from"])
    nodes = []
    for n in l3:
        code = n["code"]
        zh, en, xzh, xen = (s.split("|") if s else [] for s in V[code])
        for lst in (zh, en, xzh, xen):
            assert len(lst) == len(set(lst)) and all(t.strip() == t and t for t in lst), (code, lst)
        assert not (set(zh) & set(xzh)) and not (set(en) & set(xen)), code
        group = ".".join(code.split(".")[:2])
        source = [f"cn-green-2025@{VERSION} tree.json ({code}: name, scope, GB/T 4754 class names)"]
        if code in from_bond:
            source.append(f"cn-green-bond-2021@{VERSION} condition texts of {', '.join(from_bond[code])} (via the crosswalk)")
        source.append("GreenFin analyst: common synonyms and industry usage")
        nodes.append(
            {
                "code": code,
                "nameZh": n["name_zh"],
                "activityKind": KIND_OVERRIDE.get(code, KIND_BY_GROUP[group]),
                "termsZh": zh,
                "termsEn": en,
                "excludeZh": xzh,
                "excludeEn": xen,
                "source": source,
                "verification": "analyst",
            }
        )
    write_json(
        f"cn-green-2025@{VERSION}/vocabulary.json",
        {
            "id": "cn-green-2025-vocabulary",
            "catalogue": f"cn-green-2025@{VERSION}",
            "purpose": "The terms a keyword automaton matches to propose 2025 level-3 categories. Terms identify the object of a project (wind farm, PV module, sewage plant); activityKind and its cues tell manufacture, construction/operation, retrofit, service, trade and consumption apart; exclusions veto a node (per node) or the whole catalogue (global, unless an override term is present).",
            "method": "Written by GreenFin from each node's Chinese name, its English scope paraphrase and GB/T 4754 class names, the condition texts of the 2021 items crosswalked to it, and common synonyms. Not an official vocabulary; tune it from reviewers' corrections as a new version.",
            "source": [f"cn-green-2025@{VERSION}", f"cn-green-bond-2021@{VERSION}", f"crosswalks@{VERSION}"],
            "verification": "analyst",
            "matching": "Chinese terms (termsZh, excludeZh, unlessZh) match as substrings, as written. English terms match case-insensitively starting at a word start (the character before is not a letter or digit; the end is free, so plurals and longer words match); a term written in capitals and digits only (an acronym such as PUE, ITS, IE4) matches case-sensitively. A node is vetoed by any of its exclude terms; a global exclusion applies when one of its terms occurs and none of its unless terms does. Negation (e.g. 'without carbon capture') is not handled by terms but by signals.negation: a cue shortly before a term in the same clause denies it.",
            "activityKinds": ACTIVITY_KINDS,
            "globalExclusions": GLOBAL,
            "nodes": nodes,
            "signals": SIGNALS,
            "parameterRules": PARAMETER_RULES,
        },
    )
    tz = sum(len(n["termsZh"]) for n in nodes)
    te = sum(len(n["termsEn"]) for n in nodes)
    ex = sum(len(n["excludeZh"]) + len(n["excludeEn"]) for n in nodes)
    print(len(nodes), tz, te, ex)


if __name__ == "__main__":
    main()
