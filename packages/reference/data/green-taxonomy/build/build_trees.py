"""One-off transcription of shared/reference taxonomy files into packages/reference/data/green-taxonomy (not kept)."""
from common import LEGEND, VERSION, load, write_json, write_sums

def ver(value):
    """Splits a source's verification text into the legend label and the rest ('verified-secondary (example only)')."""
    for label in sorted(LEGEND, key=len, reverse=True):
        if value == label:
            return {"verification": label}
        if value.startswith(label + " "):
            return {"verification": label, "verificationNote": value[len(label):].strip(" ()")}
    raise ValueError(value)


SRC_2025 = "shared/reference/taxonomy_cn_2025.json"
SRC_2021 = "shared/reference/taxonomy_cn_green_bond_catalogue_2021.json"
SRC_2024 = "shared/reference/taxonomy_cn_2024_cgt_blue_transition.json"
SRC_BLUE = "shared/reference/blue_finance_categories.json"

H2CN = "https://h5.h2cn.org.cn/jtxx42/202507/988e594daead1ba96b303190675544ca.html (中国氢能联盟, 2025-07-25)"
ECO = "http://eco.gov.cn/news_info/61439.html (中国环境报 interview with 张芳, 北京绿色金融与可持续发展研究院)"
IIGF = "https://iigf.cufe.edu.cn/info/1012/10150.htm (中央财经大学绿色金融国际研究院 policy reading)"
NOTICE = "http://sushuapos.com/show-1-46298-0.html and https://www.ecoepn.com/?p=5958 (copies of the issuing notice's text)"
GREENGLGA = "http://www.greenglga.com.cn/dynamic/news_item/id/2623.html (绿法国际联盟, 2025-08-27; a commentary, its other figures are not relied on)"


# ---------------------------------------------------------------- 2025
def build_2025():
    src = load("taxonomy_cn_2025.json")
    nodes = []
    for n in src["nodes"]:
        node = {
            "code": n["code"],
            "level": n["level"],
            "parent": n["parent"],
            "nameZh": n["name_zh"],
            "nameEn": n["name_en"],
            "nameEnStatus": n["name_en_status"],
            "scope": {"text": n["description"], "lang": "en", "kind": "paraphrase of the catalogue's item name and group"},
        }
        if n["level"] == 3:
            entries = []
            for g in n["gbt4754_codes"]:
                e = {
                    "code": g["code"],
                    "nameZh": g["name_zh"],
                    "ghgTag": g["ghg_tag"],
                    "check": g.get("gbt_check"),
                }
                if "code_as_transcribed" in g:
                    e["codeAsTranscribed"] = g["code_as_transcribed"]
                if "probable_code" in g:
                    e["probableCode"] = g["probable_code"]
                e["notes"] = g.get("notes", [])
                entries.append(e)
            node["gbt4754"] = entries
            node["ghgTags"] = n["ghg_contribution_tags"]
            node["ghgSummary"] = n["ghg_contribution_summary"]
        node["source"] = [f"{SRC_2025} (node {n['code']})"] + n["source"]
        node["verification"] = n["verification"]
        nodes.append(node)

    meta = {
        "id": "cn-green-2025",
        "version": VERSION,
        "status": "draft",
        "kind": "catalogue",
        "name": {
            "zh": src["title_zh"],
            "en": "Green Finance Endorsed Projects Catalogue (2025 Edition) [unofficial English title]",
        },
        "document": {
            "number": "银发〔2025〕132号",
            "issuers": ["中国人民银行", "国家金融监督管理总局", "中国证券监督管理委员会"],
            "dated": "2025-06-27",
            "effective": "2025-10-01",
            "url": "https://www.gov.cn/zhengce/zhengceku/202507/content_7032004.htm",
            "source": [
                SRC_2025 + " (document)",
                SRC_2021 + " (_meta.superseded_by: dated 2025-06-27, effective 2025-10-01; github MGFPKU/CCPID)",
                NOTICE,
            ],
            "verification": "verified-secondary",
        },
        "levels": [
            {"level": 1, "nameZh": "一级分类", "nameEn": "level-1 category"},
            {"level": 2, "nameZh": "二级分类", "nameEn": "level-2 category"},
            {"level": 3, "nameZh": "三级分类", "nameEn": "level-3 category (the eligible activity)"},
        ],
        "statedCounts": {
            "counts": {"1": 9, "2": 38, "3": 271},
            "source": [H2CN, IIGF + " (via shared/context/anchors-platforms.md §3.3)", GREENGLGA],
            "verification": "verified-secondary",
        },
        "completeness": "complete",
        "standing": (
            "A transcription of the catalogue's annex table (level-1 to level-3 names, the GB/T 4754-2017 classes each "
            "level-3 item lists and the catalogue's GHG-contribution tags per class), taken from shared/reference with "
            "every node's source and verification flag. The official PDF was not opened. 'draft' means the next issue "
            "(green identification) may still correct it; every file is nevertheless pinned by SHA256SUMS, so a change "
            "is deliberate and reviewed."
        ),
        "sources": [SRC_2025, "shared/reference/README.md §11 (verification legend)", H2CN, ECO, NOTICE],
        "verificationLegend": LEGEND,
        "ghgTagLegend": src["ghg_tag_legend"],
        "gbt4754Note": src["gbt4754_note"],
        "method": src["method"],
        "facts": [
            {
                "id": "counts",
                "text": "The catalogue has three levels: 9 level-1, 38 level-2 and 271 level-3 categories.",
                "source": [H2CN, GREENGLGA],
                "verification": "verified-secondary",
            },
            {
                "id": "level1-names",
                "text": "Level-1: 节能降碳产业、环境保护产业、资源循环利用产业、能源绿色低碳转型、生态保护修复和利用、基础设施绿色升级、绿色服务、绿色贸易、绿色消费.",
                "source": [H2CN, ECO],
                "verification": "verified-secondary",
            },
            {
                "id": "built-from",
                "text": "Revised from the 2024 green and low-carbon transition industry catalogue (发改环资〔2024〕165号) and the 2021 green bond catalogue (银发〔2021〕96号).",
                "source": [NOTICE, IIGF],
                "verification": "verified-secondary",
            },
            {
                "id": "applies-to",
                "text": "Applies uniformly to all green financial products; listing and share issuance on the Shanghai/Shenzhen/Beijing exchanges and NEEQ listing are not covered for now.",
                "source": [NOTICE],
                "verification": "verified-secondary",
            },
            {
                "id": "grandfathering",
                "text": "Loans approved but not disbursed before publication, and bonds outstanding, approved or registered, keep the historical standards for identification and use of proceeds.",
                "source": [NOTICE],
                "verification": "verified-secondary",
            },
            {
                "id": "coal-removed",
                "text": "Content related to coal utilisation was deleted when the 2025 catalogue was built (删除煤炭利用相关内容), separating green finance from transition finance for high-carbon sectors.",
                "source": [ECO, GREENGLGA],
                "verification": "verified-secondary",
            },
            {
                "id": "new-sections",
                "text": "Green trade (绿色贸易) and green consumption (绿色消费) are new level-1 sections, covering production, circulation and consumption.",
                "source": [ECO],
                "verification": "verified-secondary",
            },
            {
                "id": "ghg-tags",
                "text": "GB/T 4754 class rows carry √√ (direct carbon-reduction benefit) or √ (low-carbon enabling contribution); untagged rows have no GHG-reduction tag.",
                "source": [SRC_2025 + " (ghg_tag_legend, a paraphrase of catalogue note 2)"],
                "verification": "verified-secondary",
            },
            {
                "id": "gbt4754-not-alone",
                "text": "Catalogue note 3: the GB/T 4754 classes describe the scope of an eligible activity and must not be used alone to classify an enterprise or a project.",
                "source": [SRC_2025 + " (gbt4754_note, paraphrase)"],
                "verification": "verified-secondary",
            },
        ],
        "coverageOfSource": src["coverage"],
        "gaps": [
            "Item texts: each node's 'scope' is an English paraphrase of its name and group, not the catalogue's own explanation/criteria column. The official technical criteria (efficiency grades, thresholds, standards cited) of the 2025 items are not in the data; the nearest available are the 2021 bond catalogue's condition texts reached through crosswalks@2026.1 (different edition, own verification).",
            "103 GB/T 4754 rows have no single class code ('-' in the catalogue); their name describes the activity scope (code null).",
            "One code/name mismatch: node 1.1.10 lists 3411 with the name 泵及真空设备制造 (GB/T 3441); the probable code is recorded, the official PDF was not checked.",
            "GHG tags are per class row as transcribed; rows broken across PDF pages may have lost or shifted a tag.",
            "The platform's GB/T 4754-2017 file lists classes only for 14 high-emission divisions: classes in other divisions are checked at division level only (the shared file's own check of code-name pairs against a full transcription, 925 of 926 agreeing, is recorded in coverageOfSource).",
            "English names are unofficial translations.",
            "Which 2024-catalogue items were deleted as coal-related is not available: the 2024 catalogue's level-2/3 tree was not retrievable (see cn-green-industry-2024).",
        ],
    }
    write_json(f"cn-green-2025@{VERSION}/meta.json", meta)
    write_json(f"cn-green-2025@{VERSION}/tree.json", {"nodes": nodes})
    return nodes


# ---------------------------------------------------------------- 2021
L3_MISSING_HINT = {
    "5.4.2": "the source has no name; its level-4 items are all 海绵型… (sponge-city) items",
    "5.5.2": "the source has no name; its only level-4 item is rail freight (5.5.2.1)",
}


def verification_2021(item):
    status = item["name_status"]
    if item["level"] == 1:
        return "verified-secondary"
    if item["level"] == 2:
        return "UNVERIFIED"
    if status == "UNKNOWN":
        return "missing"
    if status.startswith("verified-secondary"):
        return "verified-secondary"
    if status == "reconstructed":
        return "UNVERIFIED"
    if status.startswith("heuristic"):
        return "heuristic"
    if status.startswith("manually"):
        return "manually-corrected"
    raise ValueError(status)


def build_2021():
    src = load("taxonomy_cn_green_bond_catalogue_2021.json")
    m = src["_meta"]
    text_source = m["sources"][0]
    nodes = []
    for i in src["items"]:
        v = verification_2021(i)
        name = None if v == "missing" else i["name_cn"]
        notes = []
        if i["code"] in L3_MISSING_HINT:
            notes.append(L3_MISSING_HINT[i["code"]])
        if i["code"] == "4.2.1.4":
            notes.append("neither name nor condition text is in the source (shared caveat: '4.2.1.4 text missing in source')")
        node = {
            "code": i["code"],
            "level": i["level"],
            "parent": i["parent"] or None,
            "nameZh": name,
            "nameEn": i["name_en"] or None,
            "nameEnStatus": "unofficial translation" if i["name_en"] else "none",
            "conditionTextZh": i["description_raw"] or None,
            "techStandards": [s.strip() for s in i["tech_standards"].split(",") if s.strip()],
            "source": [f"{SRC_2021} (item {i['code']})", text_source],
            "verification": v,
            "verificationNote": i["name_status"],
            "notes": notes,
        }
        if i["level"] == 2:
            node["source"] = [f"{SRC_2021} (item {i['code']})", "level-2 name from recall (shared README: 'level 2 (25) names UNVERIFIED (recall)')"]
        nodes.append(node)

    meta = {
        "id": "cn-green-bond-2021",
        "version": VERSION,
        "status": "draft",
        "kind": "catalogue",
        "name": {"zh": m["title_cn"], "en": m["title_en"] + " [unofficial English title]"},
        "document": {
            "number": m["doc_no"],
            "issuers": ["中国人民银行", "国家发展和改革委员会", "中国证券监督管理委员会"],
            "dated": m["issued"],
            "effective": m["effective"],
            "url": m["official_url"],
            "source": [SRC_2021 + " (_meta)", "https://www.finet.hk/newscenter/print_content/6080bb27bde0b31a56b2aa77 (财华社, 2021-04)"],
            "verification": "verified-secondary",
        },
        "levels": [
            {"level": 1, "nameZh": "一级分类", "nameEn": "level-1 category"},
            {"level": 2, "nameZh": "二级分类", "nameEn": "level-2 category"},
            {"level": 3, "nameZh": "三级分类", "nameEn": "level-3 category"},
            {"level": 4, "nameZh": "四级分类", "nameEn": "level-4 category (the eligible activity, with its condition text)"},
        ],
        "statedCounts": {
            "counts": {"1": 6},
            "source": [
                SRC_2021 + " (_meta.structure: 4 levels, 6 first-level categories)",
                "http://m.asquirrel.cn (大河财立方 2020-06-02, on the 2020 consultation draft: six level-1 categories, four levels)",
            ],
            "verification": "verified-secondary",
        },
        "completeness": "complete",
        "standing": (
            "The 2021 green bond catalogue as transcribed in shared/reference: codes are structural and certain; level-1 "
            "names verified-secondary; level-2 names from recall (UNVERIFIED); level-3 names verified-secondary; level-4 "
            "names split from the official condition text by rules or by hand (see each node's verificationNote). "
            "Superseded by the 2025 catalogue from 2025-10-01 except for grandfathered products; kept for crosswalks and "
            "for its condition texts, which the 2025 data lacks."
        ),
        "sources": [SRC_2021, "shared/reference/taxonomy_cn_green_bond_catalogue_2021.csv (same rows)"] + m["sources"],
        "verificationLegend": LEGEND,
        "facts": [
            {
                "id": "fossil-removed",
                "text": "Projects of coal and other fossil-fuel production and clean utilisation were removed from the catalogue (no longer eligible), to align with international standards; CCUS and rural clean heating were added.",
                "source": [
                    "https://www.finet.hk/newscenter/print_content/6080bb27bde0b31a56b2aa77",
                    "https://scholarmate.com/S/338p2F (on the officials' reading: 煤炭等化石能源清洁利用等高碳排放项目不再纳入支持范围)",
                    SRC_2021 + " (_meta.structure)",
                ],
                "verification": "verified-secondary",
            },
            {
                "id": "trade",
                "text": "Support for green equipment manufacturing was extended from production to the related trade activities.",
                "source": ["https://www.finet.hk/newscenter/print_content/6080bb27bde0b31a56b2aa77"],
                "verification": "verified-secondary",
            },
            {
                "id": "superseded",
                "text": "Superseded by 《绿色金融支持项目目录（2025年版）》 (银发〔2025〕132号), effective 2025-10-01.",
                "source": [SRC_2021 + " (_meta.superseded_by)"],
                "verification": "verified-secondary",
            },
        ],
        "countsOfSource": m["counts_parsed"],
        "gaps": [
            "Official totals of levels 2–4 are not confirmed by any source at hand (the transcription parses 25 / 47 / 203 including three placeholders); only the six level-1 categories are checked against a stated count.",
            "Level-2 names (25) are from recall: UNVERIFIED.",
            "4.2.1.4: neither name nor condition text is in the source (verification 'missing').",
            "5.4.2 and 5.5.2: level-3 names are missing in the source (verification 'missing'; hints in notes).",
            "2.4.1 工业节水: name reconstructed (UNVERIFIED).",
            "Condition texts keep PDF-extraction artefacts (merged lines, stray spaces in standard numbers): reference only.",
            "English names exist only for levels 1–2 and are unofficial.",
        ],
    }
    write_json(f"cn-green-bond-2021@{VERSION}/meta.json", meta)
    write_json(f"cn-green-bond-2021@{VERSION}/tree.json", {"nodes": nodes})
    return nodes


# ---------------------------------------------------------------- 2024
def build_2024():
    src = load("taxonomy_cn_2024_cgt_blue_transition.json")["cn_green_low_carbon_transition_catalogue_2024"]
    l1_src = [
        f"{SRC_2024} (cn_green_low_carbon_transition_catalogue_2024.level1)",
        "NDRC Q&A excerpts, github MGFPKU/CCPID and an independent code listing (per level1_verification)",
    ]
    nodes = []
    for l1 in src["level1"]:
        nodes.append(
            {
                "code": l1["code"],
                "level": 1,
                "parent": None,
                "nameZh": l1["name_cn"],
                "nameEn": l1["name_en"],
                "nameEnStatus": "unofficial translation",
                "source": l1_src,
                "verification": "verified-secondary",
                "verificationNote": src["level1_verification"],
                "notes": [],
            }
        )
    for l2 in src["level2_partial"]:
        if l2["code"] == "?":
            continue
        inferred = "inferred from order" in l2["verification"]
        nodes.append(
            {
                "code": l2["code"],
                "level": 2,
                "parent": l2["code"].split(".")[0],
                "nameZh": l2["name_cn"],
                "nameEn": l2["name_en"],
                "nameEnStatus": "unofficial translation",
                "scope": {"text": l2["examples"], "lang": "zh", "kind": "examples named in a secondary answer citing the catalogue"},
                "source": [f"{SRC_2024} (level2_partial {l2['code']})"],
                "verification": "UNVERIFIED" if inferred else "verified-secondary",
                "verificationNote": l2["verification"],
                "notes": ["the code is inferred from the order of the categories; the name is verified-secondary"] if inferred else [],
            }
        )
    unplaced = [
        {
            "nameZh": l2["name_cn"],
            "nameEn": l2["name_en"],
            "level": 2,
            "note": "a level-2 content area new in the 2024 edition; its code and parent are not known (the 2025 catalogue has the same name as 1.5)",
            "source": [f"{SRC_2024} (level2_partial, code '?')"],
            "verification": "verified-secondary",
            "verificationNote": l2["verification"],
        }
        for l2 in src["level2_partial"]
        if l2["code"] == "?"
    ]
    pred = src["predecessor"]
    meta = {
        "id": "cn-green-industry-2024",
        "version": VERSION,
        "status": "draft",
        "kind": "catalogue",
        "name": {"zh": src["title_cn"], "en": src["title_en"] + " [unofficial English title]"},
        "document": {
            "number": src["doc_no"],
            "issuers": src["issuers"],
            "dated": src["dated"],
            "effective": None,
            "url": src["official_url"],
            "source": [f"{SRC_2024} (cn_green_low_carbon_transition_catalogue_2024)"],
            "verification": "verified-secondary",
        },
        "levels": [
            {"level": 1, "nameZh": "一级分类", "nameEn": "level-1 category"},
            {"level": 2, "nameZh": "二级分类", "nameEn": "level-2 category"},
            {"level": 3, "nameZh": "三级分类", "nameEn": "level-3 category"},
        ],
        "statedCounts": {
            "counts": {"1": 7, "2": 31, "3": 246},
            "source": [src["counts"]["source"]],
            "verification": "verified-secondary",
            "verificationNote": src["counts"]["verification"],
        },
        "completeness": "partial",
        "standing": (
            "Only what could be verified of the NDRC 2024 catalogue: its 7 level-1 categories and 2 level-2 categories. "
            "The full 31 level-2 / 246 level-3 tree was not retrievable and is NOT padded here: obtain it from the "
            "official PDF and release a new version of this directory."
        ),
        "sources": [SRC_2024],
        "verificationLegend": LEGEND,
        "unplaced": unplaced,
        "facts": [
            {
                "id": "predecessor",
                "text": f"Replaces 《{pred['title_cn']}》 ({pred['doc_no']}, {pred['dated']}), whose level-1 categories were: " + "、".join(pred["first_level"]) + ".",
                "source": [f"{SRC_2024} (predecessor)"],
                "verification": pred["verification"],
            },
            {
                "id": "released",
                "text": "Dated 2024-02-02, released late February / early March 2024 (NDRC Q&A), issued by 10 departments.",
                "source": [f"{SRC_2024} (dated, released, issuers)"],
                "verification": "verified-secondary",
            },
            {
                "id": "other-topics",
                "text": src["other_topics_mentioned"],
                "source": [f"{SRC_2024} (other_topics_mentioned)"],
                "verification": "UNVERIFIED",
            },
        ],
        "gaps": [
            src["full_tree_status"],
            "Stated counts 7 / 31 / 246 come from a single source; some commentaries cite 243 level-3 items (UNVERIFIED).",
            "Level-2 '温室气体控制' is known only by name (new in 2024); its code is unknown, so it is listed under meta.unplaced, not in the tree.",
            "Code 1.2 is inferred from order (UNVERIFIED).",
        ],
    }
    write_json(f"cn-green-industry-2024@{VERSION}/meta.json", meta)
    write_json(f"cn-green-industry-2024@{VERSION}/tree.json", {"nodes": nodes})
    return nodes


# ---------------------------------------------------------------- blue finance
def build_blue():
    src = load("blue_finance_categories.json")
    cn = load("taxonomy_cn_2024_cgt_blue_transition.json")["blue_finance"]
    nodes = []
    for n in src["nodes"]:
        code = n["code"]
        if n["level"] == 0:
            kind = "framework"
        elif code.startswith("IFC-WEB"):
            kind = "investment-area"
        elif code.startswith("IFC-"):
            kind = "category"
        else:
            kind = "focus-area"
        nodes.append(
            {
                "code": code,
                "level": n["level"],
                "parent": n["parent"],
                "kind": kind,
                "nameEn": n["name_en"],
                "nameZh": n.get("name_zh"),
                "description": n["description"],
                "subActivities": n.get("sub_activities", []),
                "scopeCorroboration": n.get("scope_corroboration", []),
                "source": [f"{SRC_BLUE} (node {code})"] + n["source"],
                "verification": n["verification"],
            }
        )
    facts = [
        {
            "id": "ifc-v1",
            "text": cn["ifc_guidelines_for_blue_finance"]["v1"]["basis"] + " Blue bond: " + cn["ifc_guidelines_for_blue_finance"]["v1"]["definition_blue_bond"] + ".",
            "source": [cn["ifc_guidelines_for_blue_finance"]["v1"]["source"]],
            **ver(cn["ifc_guidelines_for_blue_finance"]["v1"]["verification"]),
        },
        {
            "id": "ifc-v2",
            "text": "IFC Guidelines for Blue Finance v2.0 (published 2025-09-15): " + cn["ifc_guidelines_for_blue_finance"]["v2"]["changes"] + ".",
            "source": [cn["ifc_guidelines_for_blue_finance"]["v2"]["source"]],
            **ver(cn["ifc_guidelines_for_blue_finance"]["v2"]["verification"]),
        },
    ]
    for i, r in enumerate(cn["china_blue_bond_rules"], 1):
        facts.append(
            {
                "id": f"cn-rule-{i}",
                "text": f"{r['rule']} ({r['date'] if 'date' in r else 'n.d.'}): {r.get('content') or r.get('example')}",
                "source": [r["source"]],
                **ver(r["verification"]),
            }
        )
    facts.append(
        {
            "id": "cn-no-catalogue",
            "text": cn["china_blue_categories_note"],
            "source": [f"{SRC_2024} (blue_finance.china_blue_categories_note)"],
            "verification": "verified-secondary",
        }
    )
    meta = {
        "id": "blue-finance",
        "version": VERSION,
        "status": "draft",
        "kind": "blue-categories",
        "name": {"zh": "蓝色金融支持类别（IFC《蓝色金融指引》及国内蓝色债券参考）", "en": "Blue finance categories (IFC Guidelines for Blue Finance and Chinese blue-bond references)"},
        "standing": (
            "The blue-finance frameworks and category lists available in shared/reference. The nine IFC category labels are "
            "commonly cited but UNVERIFIED against the IFC table itself (pp.5–8 of the Guidelines could not be read); "
            "IFC's six web-page investment areas and Bank of Qingdao's seven focus areas are verified-secondary. There is "
            "no official Chinese blue-bond project catalogue: a blue bond is a labelled green bond whose proceeds mainly "
            "serve marine protection and the sustainable use of marine resources (SSE rule, 2021-07-13)."
        ),
        "sources": [SRC_BLUE, f"{SRC_2024} (blue_finance)"],
        "verificationLegend": LEGEND,
        "coverageOfSource": src["coverage"],
        "facts": facts,
        "gaps": [
            "IFC 2022 'Blue Use of Proceeds' table (category labels, order and sub-activities) not read: the nine category nodes are UNVERIFIED and have no sub-activities.",
            "IFC v2.0 (2025) category table not retrieved.",
            "SZSE blue-bond rule text not found; only its first blue bonds (March 2022) are recorded.",
            "Nantong T/NSFFB 001-2025 category content not retrieved (front matter only).",
            "No official Chinese blue-bond eligibility list exists to our knowledge; eligibility follows the green catalogue.",
        ],
    }
    write_json(f"blue-finance@{VERSION}/meta.json", meta)
    write_json(f"blue-finance@{VERSION}/categories.json", {"nodes": nodes})
    return nodes, src["crosswalk_cn2025_to_ifc_analyst"]


# ---------------------------------------------------------------- transition finance
def build_transition():
    src = load("taxonomy_cn_2024_cgt_blue_transition.json")["transition_finance"]
    refs = []
    for i, r in enumerate(src["national"], 1):
        refs.append({"id": f"national-{i}", "scope": "national", "text": f"{r['item']} ({r['date']})", "source": [r["source"]], **ver(r["verification"])})
    for i, r in enumerate(src["local_catalogues"], 1):
        refs.append({"id": f"local-{i}", "scope": "local", "text": r["item"], "source": [r["source"]], **ver(r["verification"])})
    refs.append({"id": "international-1", "scope": "international", "text": src["international"]["item"], "source": [src["international"]["source"]], **ver(src["international"]["verification"])})
    pboc = "PBoC transition-finance standards, first batch (SCIO press conference 2025-04-21; 中国能源报 report via " + src["national"][0]["source"] + ")"
    sectors = [
        {
            "key": "steel",
            "nameZh": "钢铁",
            "nameEn": "Steel",
            "gbt4754": ["C31"],
            "batch": 1,
            "source": [pboc],
            "verification": "verified-secondary",
            "gbt4754Verification": "analyst",
        },
        {
            "key": "coal_power",
            "nameZh": "煤电",
            "nameEn": "Coal power",
            "gbt4754": ["D4411", "D4412"],
            "batch": 1,
            "source": [pboc],
            "verification": "verified-secondary",
            "gbt4754Verification": "analyst",
        },
        {
            "key": "building_materials",
            "nameZh": "建材",
            "nameEn": "Building materials",
            "gbt4754": ["C30"],
            "batch": 1,
            "source": [pboc],
            "verification": "verified-secondary",
            "gbt4754Verification": "analyst",
        },
        {
            "key": "agriculture",
            "nameZh": "农业",
            "nameEn": "Agriculture",
            "gbt4754": ["A01", "A03"],
            "batch": 1,
            "source": [pboc],
            "verification": "verified-secondary",
            "gbt4754Verification": "analyst",
        },
    ]
    meta = {
        "id": "transition-finance",
        "version": VERSION,
        "status": "draft",
        "kind": "transition-references",
        "name": {"zh": "转型金融标准与目录（参考）", "en": "Transition-finance standards and catalogues (references)"},
        "standing": (
            "Room for transition-finance catalogues: what is known of the PBoC transition-finance standards (first batch: "
            "steel, coal power, building materials, agriculture; seven more sectors in preparation) and local catalogues "
            "(Huzhou 2022/2023). No standard's text is available here, so there are no eligible-activity lists: only the "
            "sectors, with GB/T 4754 codes chosen by GreenFin (analyst) so a project can be flagged as transition-relevant."
        ),
        "sources": [f"{SRC_2024} (transition_finance)"],
        "verificationLegend": LEGEND,
        "facts": [],
        "gaps": [
            "Texts of the PBoC transition-finance standards (steel, coal power, building materials, agriculture) not available: no activity lists or thresholds.",
            "The seven second-batch sectors are not named in the sources at hand.",
            "Huzhou 2022/2023 catalogue contents not retrieved; Shanghai catalogue UNVERIFIED.",
            "Sector → GB/T 4754 codes are GreenFin's choice (analyst); e.g. 'coal power' is mapped to 火力发电 and 热电联产 as a whole, which also holds gas-fired plants.",
        ],
    }
    write_json(f"transition-finance@{VERSION}/meta.json", meta)
    write_json(f"transition-finance@{VERSION}/references.json", {"references": refs, "sectors": sectors})


if __name__ == "__main__":
    build_2025()
    build_2021()
    build_2024()
    build_blue()
    build_transition()
    for d in ["cn-green-2025", "cn-green-bond-2021", "cn-green-industry-2024", "blue-finance", "transition-finance"]:
        write_sums(f"{d}@{VERSION}")
    print("ok")
