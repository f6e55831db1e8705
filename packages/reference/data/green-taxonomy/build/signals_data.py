"""Cues beyond the items' own terms (GreenFin analyst), written into vocabulary.json 'signals'.

negation: words that, standing shortly before a term in the same clause, deny it ("不含碳捕集", "without carbon
capture"); the classifier then ignores the term (or the override, or the exclusion) and says so.
blue: marine and freshwater words, for the blue-relevance flag beside the 2025 → IFC crosswalk (IFC: ocean
protection and/or water management; marine also meets the SSE 2021 blue-bond label).
transition: words naming a heavy-industry asset (the PBoC first-batch sectors steel, coal power, building materials,
agriculture, and other heavy industry), words of an emission cut, and words of a capacity expansion (never transition);
otherHeavyIndustry: GB/T 4754 divisions of heavy industry beyond transition-finance@2026.1's four sectors (paper,
petroleum/coking, chemicals, non-ferrous metals), as the evaluation set's 'transition' labelling reads it.
"""

SIGNALS = {
    "negation": {
        "zh": ["不含", "不包括", "不包含", "不涉及", "不配套", "不采用", "不配备", "未配套", "未采用", "未建设", "未安装",
               "未取得", "未达到", "未实施", "未配备", "未设置", "没有", "并无", "无需"],
        "en": ["without", "no", "not", "excluding", "except", "lacking", "absent", "never", "none"],
        "windowZh": 6,
        "windowEn": 30,
    },
    "blue": {
        "marineZh": ["海上", "海洋", "海域", "近海", "远海", "深远海", "海岸", "海岛", "海湾", "滨海", "沿海", "海水", "海堤",
                     "红树林", "海草床", "盐沼", "珊瑚", "海洋牧场", "港口", "码头", "港区", "船舶", "岸电", "渔港", "增殖放流",
                     "海藻", "牡蛎礁", "蓝碳", "入海", "海上风电", "海产", "海水养殖", "海漂垃圾", "刺参", "海参", "海带", "贝藻"],
        "marineEn": ["offshore", "marine", "ocean", "sea", "seawater", "coastal", "coast", "mangrove", "seagrass",
                     "salt marsh", "coral", "port", "harbour", "harbor", "shipping", "vessel", "ship", "blue carbon",
                     "aquaculture", "fishery", "fisheries", "shore power", "desalination"],
        "waterZh": ["污水", "供水", "饮用水", "水源", "节水", "再生水", "中水", "水处理", "雨水", "管网漏损", "河道", "湖泊",
                    "水库", "流域", "水环境", "黑臭水体", "海绵城市", "水生态", "湿地", "水质"],
        "waterEn": ["wastewater", "sewage", "water supply", "drinking water", "water reuse", "water treatment",
                    "water saving", "water-saving", "rainwater", "river", "lake", "reservoir", "watershed", "sponge city"],
    },
    "transition": {
        "sectorZh": ["钢铁", "炼钢", "高炉", "转炉", "烧结", "焦化", "焦炉", "水泥", "熟料", "平板玻璃", "玻璃", "陶瓷", "石灰",
                     "建材", "煤电", "燃煤", "火电", "电解铝", "铝冶炼", "有色", "冶炼", "石化", "炼化", "炼油", "化工", "合成氨",
                     "造纸", "纸浆", "氯碱", "稻田", "畜禽", "养殖场", "铁合金", "铜冶炼"],
        "sectorEn": ["steel", "blast furnace", "cement", "clinker", "glass", "ceramic", "lime kiln", "coal-fired",
                     "coal power", "aluminium", "aluminum", "smelter", "refinery", "petrochemical", "chemical plant",
                     "ammonia", "paper mill", "pulp", "rice paddy", "livestock", "manure"],
        "otherHeavyIndustry": ["C22", "C25", "C26", "C32"],
        "cutZh": ["节能", "降碳", "减碳", "减排", "能效", "余热", "余压", "碳捕集", "CCUS", "氢冶金", "电炉", "燃料替代",
                  "原料替代", "能耗", "灵活性改造", "节煤", "煤耗", "低碳", "电能替代", "甲烷", "绿电替代", "富氧", "碳排放",
                  "厌氧发酵", "沼气", "煤气回收"],
        "cutEn": ["energy efficiency", "energy-efficiency", "emission reduction", "emissions reduction", "carbon reduction",
                  "decarboni", "waste heat", "carbon capture", "CCUS", "fuel switch", "energy saving", "energy-saving",
                  "hydrogen-based", "electric arc", "low-carbon", "methane", "energy consumption", "cut emissions",
                  "reduce emissions", "CO2 emissions"],
        "expansionZh": ["新增产能", "扩产", "扩能", "产能扩张", "新建产能", "产能置换新建"],
        "expansionEn": ["capacity expansion", "new capacity", "expansion of capacity", "additional capacity"],
    },
    "source": [
        "GreenFin analyst: the evaluation set's labelling rules for 'blue' and 'transition' (eval/green-id-eval meta.json)",
        "transition-finance@2026.1 references.json (first-batch sectors)",
        "blue-finance@2026.1 (IFC: ocean protection and water management; SSE 2021 blue-bond label)",
    ],
    "verification": "analyst",
}

# The 2025 items' technical criteria (thresholds, efficiency grades, cited standards) are not in the data (see
# docs/green-taxonomy.md, main gaps 1): no rule is shipped. A rule looks like
#   {"code": "6.6.2", "key": "pue", "op": "<=", "value": 1.3, "unit": None, "nameZh": "…", "nameEn": "…",
#    "source": ["…"], "verification": "verified"}
PARAMETER_RULES = []
