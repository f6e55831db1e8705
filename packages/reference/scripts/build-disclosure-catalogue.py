#!/usr/bin/env python3
"""Builds data/disclosure/catalogue-2026.1/ from shared/reference/indicators.csv and disclosure-standards.md.

Run from the repository root:  python3 packages/reference/scripts/build-disclosure-catalogue.py [path/to/sources]
(default: the copies of both files kept in data/disclosure/catalogue-2026.1/sources/)

The script documents how the catalogue was derived: the CSV gives the indicators and, in its `standards` column,
which frameworks ask for each one; requirement levels, dates and verification flags come from the statements in
disclosure-standards.md, encoded below as explicit rules (each rule names the section it rests on). A released
catalogue is never edited: change this script and write a new version directory instead.
"""
import csv
import json
import re
import sys
from pathlib import Path

VERSION = "2026.1"
SHARED = (
    Path(sys.argv[1])
    if len(sys.argv) > 1
    else Path(__file__).resolve().parent.parent / "data" / "disclosure" / "catalogue-2026.1" / "sources"
)
OUT = Path(__file__).resolve().parent.parent / "data" / "disclosure" / f"catalogue-{VERSION}"
CSV_SOURCE = "shared/reference/indicators.csv"
MD_SOURCE = "shared/reference/disclosure-standards.md"

VS, UNV, UNV_LEVEL = "verified-secondary", "UNVERIFIED", "UNVERIFIED-level"

# ---------------------------------------------------------------------------------------------------------------
# Units: CSV unit text -> canonical unit id of packages/domain/src/units/units.ts (mirrored in units.json).
UNIT_MAP = {
    "": None,
    "date range": None,
    "tce": "tce",
    "tce|MWh": "tce",  # stored in tce; MWh converts
    "MWh": "MWh",
    "kWh": "kWh",
    "t": "t",
    "t (m3)": "m3",  # water: 1 t of water is taken as 1 m3 (md §0.4, CSV note on E-WAT-001)
    "L": "L",
    "tCO2e": "tCO2e",
    "tCO2": "tCO2",
    "万元 (CNY 10k)": "wan_yuan",
    "亿元 (CNY 100m)": "yi_yuan",
    "%": "percent",
    "ratio": "ratio",
    "ha": "ha",
    "FTE": "fte",
    "hours": "h",
    "days": "day",
    "year": None,  # a calendar year (target year), not a quantity
    "cases": "count",
    "incidents": "count",
    "persons": "count",
    "complaints": "count",
    "suppliers": "count",
    "products": "count",
    "patents": "count",
    "sites": "count",
    "engagements": "count",
    "per 200,000 or 1,000,000 h": "per_1m_hours",  # stored per 1,000,000 h; per 200,000 h converts (×5)
    "% of workforce or per 200,000 h": None,  # two different normalisers: the value's basis must be stored with it
    "t|m3|L (by fuel)": None,  # depends on the fuel
    "tCO2e/万元营收": "tCO2e_per_wan_yuan",
    "tCO2e/百万元营收": "tCO2e_per_m_yuan",
    "tCO2e/百万元投资": "tCO2e_per_m_yuan",
    "tce/万元营收": "tce_per_wan_yuan",
    "t/万元营收": "m3_per_wan_yuan",  # water intensity (E-WAT-003)
    "tCO2e/人": "tCO2e_per_person",
    "元/tCO2e": "yuan_per_tCO2e",
}
# Water recorded in plain "t" is stored as m3 like the other water indicators.
UNIT_OVERRIDE = {"F-OPS-002": "m3"}

# The units table of packages/domain/src/units/units.ts as (id, dimension); the reference package may not import the
# domain, so the catalogue carries this mirror (units.json) and a test checks it against the domain table.
UNITS_MIRROR = [
    ("tce", "energy"), ("kgce", "energy"), ("MWh", "energy"), ("kWh", "energy"), ("GJ", "energy"), ("TJ", "energy"),
    ("t", "mass"), ("kg", "mass"), ("m3", "volume"), ("L", "volume"), ("ML", "volume"),
    ("yuan", "money"), ("wan_yuan", "money"), ("m_yuan", "money"), ("yi_yuan", "money"),
    ("tCO2e", "emissions"), ("ktCO2e", "emissions"), ("kgCO2e", "emissions"), ("tCO2", "emissions"),
    ("percent", "ratio"), ("ratio", "ratio"), ("per_1m_hours", "rate_per_hours"), ("per_200k_hours", "rate_per_hours"),
    ("ha", "area"), ("m2", "area"), ("km2", "area"), ("count", "count"), ("fte", "headcount_fte"),
    ("h", "time"), ("day", "time"),
    ("tCO2e_per_wan_yuan", "emissions_per_money"), ("tCO2e_per_m_yuan", "emissions_per_money"),
    ("tce_per_wan_yuan", "energy_per_money"), ("m3_per_wan_yuan", "volume_per_money"),
    ("tCO2e_per_person", "emissions_per_person"), ("yuan_per_tCO2e", "carbon_price"),
]

# Breakdown dimensions, only where the name or notes state one (md §8.4 names the dimension vocabulary).
BREAKDOWNS = {
    "G-GOV-008": ["sse_topic"],  # "One row per SSE topic (21)"
    "E-CLI-002": ["risk_type", "time_horizon"],  # notes: type and time horizon
    "E-GHG-006": ["scope3_category"],
    "E-GHG-011": ["facility", "region", "emission_source"],  # notes: facility, country/region, source type
    "E-ENE-005": ["fuel_type"],
    "S-EMP-002": ["gender", "employment_type", "age_band", "region"],
    "S-EMP-004": ["gender", "age_band", "region"],  # GRI 401-1 (md §4)
    "S-EMP-005": ["gender", "age_band", "region"],  # HKEX B1.2 (md §7)
    "S-SUP-002": ["supplier_region"],
    "S-TRN-001": ["gender", "employee_category"],  # HKEX B3.1
    "S-TRN-002": ["gender", "employee_category"],  # HKEX B3.2 / GRI 404-1
    "S-INN-004": ["region"],  # notes: domestic/overseas
}

# ---------------------------------------------------------------------------------------------------------------
# Frameworks (md §1–§8). effectiveFrom only where the md gives a day.
FRAMEWORKS = [
    dict(code="SSE2024", zh="上海证券交易所上市公司自律监管指引第14号——可持续发展报告（试行）", en="SSE Self-Regulatory Guideline No.14 — Sustainability Report (Trial)", issuer="Shanghai Stock Exchange", effectiveFrom="2024-05-01", scope="Mandatory for SSE 180 and STAR 50 constituents and dual-listed companies (X-CTX-007); others encouraged. First mandatory reports (FY2025) due 2026-04-30.", verification=VS),
    dict(code="SZSE2024", zh="深圳证券交易所上市公司自律监管指引第17号——可持续发展报告（试行）", en="SZSE Self-Regulatory Guideline No.17 — Sustainability Report (Trial)", issuer="Shenzhen Stock Exchange", effectiveFrom="2024-05-01", scope="Mandatory for SZSE 100 and ChiNext Index constituents and dual-listed companies; others encouraged. Same content as SSE No.14.", verification=VS),
    dict(code="BSE2024", zh="北京证券交易所上市公司持续监管指引第11号——可持续发展报告（试行）", en="BSE Continuous Supervision Guideline No.11 — Sustainability Report (Trial)", issuer="Beijing Stock Exchange", effectiveFrom="2024-05-01", scope="Voluntary. Same content as SSE No.14.", verification=VS),
    dict(code="SSE-G4", zh="上市公司自律监管指南第4号——可持续发展报告编制", en="Exchange Guide No.4 — Preparing the Sustainability Report", issuer="Shanghai Stock Exchange (SZSE/BSE equivalents)", effectiveFrom="2025-01-17", scope="Guidance; adds no new mandatory requirements. January 2026 revision (guides No.3–5: pollutants, energy, water) known from a third-party summary only (UNVERIFIED).", verification=VS),
    dict(code="SSE-QT", zh="上交所定量指标信息采集表（实务模板）", en="Practitioner SSE quantitative data-collection template", issuer="Not official (practitioner template in a public repository)", effectiveFrom=None, scope="De facto field names used by A-share issuers; not an official SSE schema.", verification=UNV),
    dict(code="MOF-BASIC", zh="企业可持续披露准则——基本准则（试行）", en="Corporate Sustainability Disclosure Standard — Basic Standard (Trial)", issuer="Ministry of Finance with 8 other departments (财会〔2024〕17号)", effectiveFrom=None, scope="Issued December 2024 (news of 2024-12-17); voluntary until MOF sets scope and requirements. Application guide 财会〔2025〕21号 issued 2025-09-03.", verification=VS),
    dict(code="MOF-CLIMATE", zh="企业可持续披露准则第1号——气候（试行）", en="Corporate Sustainability Disclosure Standard No.1 — Climate (Trial)", issuer="Ministry of Finance with other departments (9 or 10; list UNVERIFIED)", effectiveFrom=None, scope="Final standard issued 2025-12-25; 6 chapters, 47 articles. Effective date and mandatory scope not stated in the research notes; item-level equivalence to IFRS S2 ¶29 UNVERIFIED.", verification=VS),
    dict(code="ISSB-S1", zh="国际财务报告可持续披露准则第1号——可持续相关财务信息披露一般要求", en="IFRS S1 General Requirements for Disclosure of Sustainability-related Financial Information", issuer="ISSB (IFRS Foundation)", effectiveFrom="2024-01-01", scope="Applies where adopted by a jurisdiction or applied voluntarily; financial materiality.", verification=VS),
    dict(code="ISSB-S2", zh="国际财务报告可持续披露准则第2号——气候相关披露", en="IFRS S2 Climate-related Disclosures", issuer="ISSB (IFRS Foundation)", effectiveFrom="2024-01-01", scope="Applies where adopted or applied voluntarily. First-year reliefs: Scope 3, non-GHG-Protocol method, climate only, no comparatives. December 2025 GHG amendments UNVERIFIED.", verification=VS),
    dict(code="SASB", zh="SASB准则", en="SASB Standards", issuer="ISSB (IFRS Foundation)", effectiveFrom=None, scope="Industry metrics; IFRS S1 requires entities to consider them.", verification=VS),
    dict(code="GRI", zh="GRI可持续发展报告标准", en="GRI Standards", issuer="Global Reporting Initiative", effectiveFrom=None, scope="Impact materiality; 'in accordance with' or 'with reference to'; omissions must be justified. GRI 101 (2024) replaces GRI 304 from 2026-01-01; GRI 102/103 (2025) replace GRI 305, 302 and 201-2 from 2027-01-01.", verification=VS),
    dict(code="HKEX", zh="香港联交所《环境、社会及管治守则》（附录C2）", en="HKEX ESG Reporting Code (Appendix C2)", issuer="Hong Kong Exchanges and Clearing", effectiveFrom="2025-01-01", scope="Part B mandatory; Part C comply-or-explain; Part D climate: Scope 1 and 2 mandatory for all issuers from FY2025, other items comply-or-explain for Main Board issuers from FY2025, mandatory for LargeCap issuers from FY2026; GEM voluntary.", verification=VS),
    dict(code="EDCI", zh="ESG数据融合倡议", en="ESG Data Convergence Initiative", issuer="EDCI (launched by CalPERS and Carlyle, Sept 2021)", effectiveFrom=None, scope="Voluntary initiative; participants collect core metrics annually per portfolio company; optional metrics as marked.", verification=VS),
    dict(code="INVEU", zh="Invest Europe ESG报告框架", en="Invest Europe ESG Reporting Framework", issuer="Invest Europe", effectiveFrom=None, scope="Voluntary and principles-based; data tiers by FTE (<15 Minimum, 15–250 Intermediate, >250 Full).", verification=VS),
    dict(code="ILPA", zh="ILPA原则及ESG模板", en="ILPA Principles 3.0 and ESG templates", issuer="Institutional Limited Partners Association", effectiveFrom=None, scope="Recommendations and templates; details UNVERIFIED.", verification=UNV),
    dict(code="AMAC", zh="中国证券投资基金业协会《绿色投资指引（试行）》", en="AMAC Green Investment Guidelines (Trial)", issuer="Asset Management Association of China", effectiveFrom="2018-11-10", scope="Securities-investment business of public and private securities funds; PE funds may refer to it (guidance). Annual self-assessment report and 自评表 to AMAC.", verification=VS),
    dict(code="JRT0227", zh="金融机构环境信息披露指南（JR/T 0227-2021）", en="Guidelines for Environmental Information Disclosure by Financial Institutions (JR/T 0227-2021)", issuer="People's Bank of China", effectiveFrom="2021-07-22", scope="Recommended industry standard, piloted in green-finance reform zones and referenced by local rules (e.g. Shenzhen). At least annual (frequency wording UNVERIFIED).", verification=VS),
    dict(code="SZFI2022", zh="深圳市金融机构环境信息披露指引（及模板）", en="Shenzhen Guidelines on Environmental Information Disclosure by Financial Institutions (and template)", issuer="Shenzhen (local financial regulator; issuer not named in the research notes)", effectiveFrom=None, scope="Local operationalisation of JR/T 0227; own operations reported as total and per capita.", verification=VS),
    dict(code="SFDR", zh="欧盟可持续金融披露条例（主要不利影响指标）", en="EU Sustainable Finance Disclosure Regulation (principal adverse impacts)", issuer="European Union", effectiveFrom=None, scope="Only for EU-facing funds; 14 mandatory investee PAI indicators plus additional indicators (tables 2 and 3).", verification=VS),
    dict(code="CERDS2022", zh="企业ESG披露指南（T/CERDS 2-2022）", en="Corporate ESG Disclosure Guidelines (T/CERDS 2-2022)", issuer="中国企业改革与发展研究会", effectiveFrom="2022-06-01", scope="Group standard; candidate template for unlisted portfolio companies.", verification=VS),
    dict(code="MEE-EIDD", zh="企业环境信息依法披露管理办法", en="MEE Measures for Enterprise Environmental Information Disclosure by Law", issuer="Ministry of Ecology and Environment", effectiveFrom=None, scope="Statutory environmental disclosure for key pollutant-discharging entities (2021); not researched in the notes.", verification=UNV),
]

# SSE topic -> approximate article of SSE No.14 (md §1.3, from a third-party mapping: approximate).
SSE_ARTICLE = {
    "应对气候变化": "Art 20–28", "应对气候变化（温室气体排放）": "Art 20–28", "污染物排放": "Art 30",
    "废弃物处理": "Art 31", "生态系统和生物多样性保护": "Art 32", "环境合规管理": "Art 33", "能源利用": "Art 35",
    "水资源利用": "Art 36", "循环经济": "Art 37", "乡村振兴": "Art 39", "社会贡献": "Art 40", "创新驱动": "Art 42",
    "科技伦理": "Art 43", "供应链安全": "Art 45", "平等对待中小企业": "Art 46", "产品和服务安全与质量": "Art 47",
    "数据安全与客户隐私保护": "Art 48", "员工": "Art 50", "员工（职业健康与安全）": "Art 50",
    "员工（发展与培训）": "Art 50", "可持续发展相关治理机制": "Art 51", "尽职调查": "Art 52",
    "利益相关方沟通": "Art 53", "反商业贿赂及反贪污": "Art 55", "反不正当竞争": "Art 56",
}
MATERIAL = ("Applies where the topic is material under the company's double-materiality assessment (G-GOV-008): "
            "financially material topics are disclosed under the four pillars, impact-only topics with the topic-specific "
            "content; provisions that do not apply may be omitted with reasons (md §1.2)")

# SSE2024 item-level statements (md §1.4): id -> (level, condition, verification)
SSE_RULES = {
    "E-GHG-001": ("mandatory", None, VS),  # Scope 1 'shall' [S] Dialogue Earth, [C] Art 24
    "E-GHG-002": ("mandatory", None, VS),  # Scope 2 'shall'
    "E-GHG-005": ("voluntary", "Entities with the capacity (有条件的) may disclose Scope 3", VS),
    "E-CLI-006": ("voluntary", "Scenario analysis is encouraged (draft wording, reported as retained)", UNV),
    "E-CLI-007": ("voluntary", "Scenario analysis is encouraged (draft wording, reported as retained)", UNV),
    "E-GHG-010": ("voluntary", "Third-party verification of GHG data is encouraged (draft wording)", UNV),
    "G-GOV-010": ("voluntary", "Assurance is encouraged, especially for GHG data (draft wording)", UNV),
    "E-GHG-011": ("voluntary", "May break emissions down by unit/facility, region and source type (draft wording)", UNV),
    "E-CLI-012": ("mandatory", "Reduction targets and measures (draft wording, final UNVERIFIED)", UNV),
    "E-GHG-012": ("mandatory", "Reductions achieved, by scope, in tCO2e (draft wording, final UNVERIFIED)", UNV),
    "E-GHG-013": ("mandatory", "Reduction measures incl. capital spending (draft wording, final UNVERIFIED)", UNV),
    "E-GHG-014": ("mandatory", "Participation in reduction mechanisms (draft wording, final UNVERIFIED)", UNV),
    "E-GHG-015": ("mandatory", "Participation in reduction mechanisms (draft wording, final UNVERIFIED)", UNV),
    "E-GHG-016": ("conditional", "If the company has CCER registration or trading, or takes part in other crediting mechanisms", UNV),
    "E-GHG-017": ("conditional", "If the company uses carbon credits or carbon trading", VS),
    "G-GOV-008": ("mandatory", "The report must explain how materiality was assessed", VS),
    "G-GOV-009": ("mandatory", "The report must explain how materiality was assessed", VS),
    "E-CIR-001": ("mandatory", "Circular economy: measures, progress and results incl. waste recycled (third-party quote of Art 37)", UNV),
    "E-CIR-002": ("mandatory", "Circular economy: measures, progress and results (third-party quote of Art 37)", UNV),
    "S-SME-001": ("conditional", "If the company or a subsidiary has publicly posted overdue payments to SMEs in the national enterprise credit information system", UNV),
    "S-SME-002": ("conditional", "If period-end payables (incl. notes payable) exceed CNY 30bn or 50% of total assets", UNV),
    "S-SME-003": ("conditional", "Trigger test for S-SME-002: payables (incl. notes payable) over 50% of total assets", UNV),
    "S-SME-004": ("conditional", "If the company or a subsidiary has publicly posted overdue payments to SMEs in the national enterprise credit information system", UNV),
    "S-SME-005": ("conditional", "If the company or a subsidiary has publicly posted overdue payments to SMEs in the national enterprise credit information system", UNV),
    "S-ETH-001": ("conditional", "If the company's R&D touches ethically sensitive fields (life sciences, medicine, AI …)", UNV),
    "S-ETH-002": ("conditional", "If the company's R&D touches ethically sensitive fields (life sciences, medicine, AI …)", UNV),
    "S-RUR-001": ("voluntary", "The draft encouraged support for rural revitalisation; final level UNVERIFIED", UNV),
    "S-COM-001": ("voluntary", "The draft encouraged public-welfare work; final level UNVERIFIED", UNV),
    "S-COM-003": ("voluntary", "The draft encouraged public-welfare work; final level UNVERIFIED", UNV),
}
CONTEXT_IDS = {"X-CTX-001", "X-CTX-002", "X-CTX-003", "X-CTX-007"}


def sse_requirement(ind):
    """Level of an SSE2024 tag. Items the md names get its level; other topic items are conditional on materiality."""
    if ind["id"] in SSE_RULES:
        return SSE_RULES[ind["id"]]
    if ind["id"] in CONTEXT_IDS:
        return "voluntary", None, UNV_LEVEL  # report context: the md states no level
    return "conditional", MATERIAL + "; item-level 应当/鼓励 wording UNVERIFIED (md §9.1)", UNV_LEVEL


# EDCI (md §5.3): core metrics -> mandatory for participants; optional -> voluntary.
EDCI_CORE = {"E-GHG-001", "E-GHG-002", "E-ENE-007", "G-GOV-013", "S-OHS-001", "S-OHS-003", "S-OHS-005",
             "S-EMP-005", "S-EMP-006", "S-EMP-007", "S-EMP-014"}
EDCI_OPTIONAL = {"E-GHG-005", "G-GOV-014", "S-EMP-015", "E-CLI-011", "E-CLI-013", "E-CLI-014", "E-CLI-015"}
EDCI_CONTEXT = {"X-CTX-004", "X-CTX-005", "X-CTX-006"}

# HKEX Part D items the md says are mandatory for all issuers (Scope 1 and 2).
HKEX_D_MANDATORY = {"E-GHG-001", "E-GHG-002"}

# JR/T 0227 §5 section per indicator (md §6 table; field lists in 5.7/5.8 UNVERIFIED).
JRT_SECTION = {
    "F-FIN-001": "5.1", "F-FIN-002": "5.2", "F-FIN-003": "5.3", "F-FIN-004": "5.4", "F-FIN-005": "5.5",
    "F-FIN-006": "5.6", "F-DAT-001": "5.9", "E-CLI-001": "5.2", "E-CLI-002": "5.6", "E-CLI-009": "5.5",
    "E-GHG-018": "5.7", "M-FND-006": "5.7",
}


def jrt_section(ind):
    i = ind["id"]
    if i in JRT_SECTION:
        return JRT_SECTION[i]
    if i.startswith("F-FIN"):
        return "5.7"
    return "5.8"  # own operations: F-OPS, and E-* own-operations resource/emission items


def gri_dates(clause):
    """(effectiveFrom, supersededFrom) for a GRI clause (md §4 versioning)."""
    n = clause.removeprefix("GRI ")
    if n.startswith("101"):
        return "2026-01-01", None
    if n.startswith("102"):
        return "2027-01-01", None
    if n.startswith("304"):
        return None, "2026-01-01"
    if n.startswith(("305", "302")):
        return None, "2027-01-01"
    return None, None


def requirements_for(ind, token):
    """Turns one token of the CSV `standards` column into requirement rows."""
    i = ind["id"]
    rows = []

    def row(framework, clause, level, verification, condition=None, effective=None, superseded=None):
        fw = next(f for f in FRAMEWORKS if f["code"] == framework)
        rows.append(dict(indicatorId=i, framework=framework, clause=clause, level=level,
                         effectiveFrom=effective if effective is not None else fw["effectiveFrom"],
                         supersededFrom=superseded, condition=condition, verification=verification,
                         sourceTag=token))

    if token == "SSE2024":
        level, cond, ver = sse_requirement(ind)
        art = SSE_ARTICLE.get(ind["topic_zh"])
        art_text = f"{art}, approx." if art else "article not mapped"
        row("SSE2024", f"SSE No.14 ({art_text})", level, ver, cond)
        row("SZSE2024", f"SZSE No.17 (as SSE No.14 {art_text})", level, ver, cond)
        row("BSE2024", f"BSE No.11 (as SSE No.14 {art_text})", "voluntary", VS,
            "BSE guideline is voluntary for all listed companies")
    elif token == "SSE-G4":
        from_2026 = "2026" in ind["notes"] or i in ("E-ENE-011", "E-WAT-003")
        row("SSE-G4", "Guide No.4 (Jan 2026 revision, guides No.3–5)" if from_2026 else "Guide No.4 (No.1–2)",
            "voluntary", UNV if from_2026 else VS, "Guidance only; adds no mandatory requirements",
            effective=None if from_2026 else "2025-01-17")
    elif token == "SSE-QT":
        row("SSE-QT", "SSE-QT row", "voluntary", UNV, "Practitioner template, not an official SSE schema")
    elif token == "MOF-BASIC":
        row("MOF-BASIC", "基本准则 Ch.4 披露要素", "voluntary", VS,
            "Voluntary until MOF sets the scope and requirements (md §2.1)")
    elif token == "MOF-CLIMATE":
        row("MOF-CLIMATE", "气候准则 (article not mapped)", "voluntary", UNV_LEVEL,
            "Issued 2025-12-25; mandatory scope and effective date not stated; item-level mapping UNVERIFIED (md §2.2)")
    elif token.startswith("ISSB-S1") or token.startswith("ISSB-S2"):
        fw = token[:7]
        para = token[8:]
        clause = f"IFRS {fw[-2:]}" + (f" ¶{para}" if para else "")
        when = f"When reporting under IFRS {fw[-2:]} (jurisdictional adoption or voluntary)"
        if not para:
            row(fw, clause, "voluntary", UNV_LEVEL, when + "; no paragraph identified")
        elif i in ("E-GHG-005", "E-GHG-006"):
            row(fw, clause, "mandatory", VS, when + "; first-year relief allows omitting Scope 3")
        elif i == "E-GHG-003":
            row(fw, clause, "voluntary", VS, when + "; S2 requires location-based Scope 2 plus information on contractual instruments")
        elif i == "E-GHG-018":
            row(fw, clause, "conditional", VS, "Entities with asset management, commercial banking or insurance activities (financed emissions, Scope 3 category 15)")
        elif para.startswith(("33", "36")):
            row(fw, clause, "conditional", UNV_LEVEL, when + "; applies to climate-related targets the entity has set (and planned use of carbon credits)")
        else:
            row(fw, clause, "mandatory", VS, when)
    elif token == "SASB":
        row("SASB", "SASB industry standards", "voluntary", UNV_LEVEL, "IFRS S1 requires entities to consider SASB metrics")
    elif token.startswith("GRI"):
        clause = "GRI " + token[3:]
        eff, sup = gri_dates(clause)
        row("GRI", clause, "comply_or_explain", VS,
            "When reporting 'in accordance with' GRI: disclosures of material topics; omissions must be justified",
            effective=eff, superseded=sup)
    elif token.startswith("HKEX"):
        part = token[5:]
        if part == "MDR":
            row("HKEX", "Part B", "mandatory", VS, "Mandatory disclosure requirements (governance, reporting principles, boundary)")
        elif part == "D":
            if i in HKEX_D_MANDATORY:
                row("HKEX", "Part D", "mandatory", VS, "All issuers, financial years from 2025-01-01")
            elif i == "E-GHG-005":
                row("HKEX", "Part D", "comply_or_explain", VS, "Scope 3: comply-or-explain with interim reliefs")
            else:
                row("HKEX", "Part D", "comply_or_explain", VS,
                    "Main Board issuers from FY2025; mandatory for Hang Seng Composite LargeCap constituents from FY2026; GEM issuers voluntary")
        else:
            superseded = " (A1.2 GHG believed superseded by Part D — UNVERIFIED)" if part == "A1" else ""
            row("HKEX", part, "comply_or_explain", VS, "Part C KPI, comply-or-explain" + superseded,
                effective="2020-07-01" if part.startswith("B") else None)
    elif token == "EDCI":
        if i in EDCI_CORE:
            row("EDCI", "EDCI core metric", "mandatory", VS, "For EDCI participants (participation is voluntary)")
        elif i in EDCI_OPTIONAL:
            row("EDCI", "EDCI optional metric", "voluntary", VS, "Optional metric" + (" (net-zero set from the 2024 cycle)" if i.startswith("E-CLI") else ""))
        elif i in EDCI_CONTEXT:
            row("EDCI", "EDCI context field", "mandatory", UNV, "Context collected from EDCI participants; exact template fields UNVERIFIED")
        elif i == "E-GHG-003":
            row("EDCI", "EDCI core metric (Scope 2)", "conditional", UNV, "Scope 2 is core; location- or market-based accepted with a method flag")
        else:
            row("EDCI", "EDCI", "voluntary", UNV_LEVEL, None)
    elif token == "INVEU":
        row("INVEU", "Invest Europe ESG reporting framework", "voluntary", VS, "Voluntary, principles-based; tiered by FTE")
    elif token == "ILPA":
        row("ILPA", "ILPA Principles 3.0 / templates", "voluntary", UNV, None)
    elif token == "AMAC-GIG":
        if i == "M-FND-005":
            row("AMAC", "绿色投资指引 annual self-assessment", "conditional", VS,
                "Managers of securities-investment funds: annual self-assessment report and 自评表 to AMAC; PE/VC may refer to the guideline")
        else:
            row("AMAC", "绿色投资指引 / 自评表", "voluntary", UNV_LEVEL,
                "Guidance (PE/VC may refer to it); self-assessment item wording UNVERIFIED")
    elif token == "PBOC-JR/T0227":
        sec = jrt_section(ind)
        field_level = sec in ("5.7", "5.8") and not i.startswith(("F-FIN-00", "F-DAT"))
        row("JRT0227", f"JR/T 0227-2021 §{sec}", "voluntary", UNV if field_level else VS,
            "Recommended industry standard; required content where adopted (pilot green-finance reform zones, local rules such as Shenzhen)"
            + ("; field list UNVERIFIED against the standard text" if field_level else ""))
    elif token == "SZFI2022":
        row("SZFI2022", "Shenzhen template (own operations)" if not i.startswith("F-FIN") else "Shenzhen template",
            "voluntary", UNV_LEVEL, "Level not stated in the research notes")
    elif token.startswith("SFDR"):
        m = re.match(r"SFDR-PAI(\d+)$", token)
        if m:
            row("SFDR", f"PAI {m.group(1)}", "conditional", VS, "EU-marketed funds: mandatory principal adverse impact indicator")
        elif token == "SFDR-PAI-T3":
            row("SFDR", "PAI table 3 (additional social indicators)", "voluntary", UNV_LEVEL, "EU-marketed funds; additional indicator")
        else:
            row("SFDR", "SFDR Art 6/8/9 and PAI statement", "conditional", UNV_LEVEL, "EU-marketed funds only")
    elif token == "CERDS2022":
        row("CERDS2022", "T/CERDS 2-2022", "voluntary", UNV_LEVEL, "Group standard; indicator list not obtained")
    elif token == "MEE-EIDD":
        row("MEE-EIDD", "企业环境信息依法披露管理办法", "conditional", UNV,
            "Key pollutant-discharging entities and other entities named by MEE (E-POL-010); not researched in the notes")
    else:
        raise SystemExit(f"{i}: unknown standards token {token!r}")
    return rows


def main():
    with open(SHARED / "indicators.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    indicators, requirements = [], []
    for r in rows:
        is_enum = r["type"] == "enum"
        unit = None if is_enum else UNIT_OVERRIDE.get(r["id"], UNIT_MAP[r["unit"]])
        notes = r["notes"].strip()
        indicators.append(dict(
            id=r["id"], pillar=r["pillar"],
            topic=dict(zh=r["topic_zh"], en=r["topic_en"]), name=dict(zh=r["name_zh"], en=r["name_en"]),
            type=r["type"], unit=None if is_enum else unit,
            unitLabel=None if is_enum or not r["unit"] else r["unit"],
            enumOptions=r["unit"].split("|") if is_enum else None,
            multiSelect=is_enum and "Multi-select" in notes,
            appliesTo=r["applies_to"].split(";"), breakdowns=BREAKDOWNS.get(r["id"], []),
            standardsTags=r["standards"].split(";"), notes=notes or None, source=CSV_SOURCE,
            verification="UNVERIFIED" if "UNVERIFIED" in notes else "draft",
        ))
        for token in r["standards"].split(";"):
            requirements.extend(requirements_for(r, token))

    # The same indicator, framework and clause can come from two tags (e.g. SFDR-PAI1 twice): keep the first.
    seen, unique = set(), []
    for q in requirements:
        key = (q["indicatorId"], q["framework"], q["clause"])
        if key not in seen:
            seen.add(key)
            unique.append(q)

    frameworks = [dict(code=f["code"], name=dict(zh=f["zh"], en=f["en"]), issuer=f["issuer"],
                       effectiveFrom=f["effectiveFrom"], scope=f["scope"], verification=f["verification"],
                       source=MD_SOURCE) for f in FRAMEWORKS]
    meta = dict(
        catalogue="GreenFin ESG disclosure indicator catalogue", version=VERSION, status="released",
        sources=[CSV_SOURCE, MD_SOURCE, "shared/reference/README.md (verification legend)"],
        verification=("Indicators: 'draft' (the CSV is a draft unified catalogue) or 'UNVERIFIED' where its notes say so. "
                      "Requirements: 'verified-secondary' where disclosure-standards.md states the level from [S]/[P] sources; "
                      "'UNVERIFIED' where it rests on draft wording, third-party code [C] or is marked UNVERIFIED; "
                      "'UNVERIFIED-level' where the md states no level and a default was used."),
        levelDerivation=[
            "Requirement rows come from the CSV `standards` column, one per tag; codes are normalised (SSE2024 expands to SSE2024, SZSE2024 and BSE2024, which the md says have the same content; AMAC-GIG→AMAC; PBOC-JR/T0227→JRT0227; HKEX-*, GRI*, ISSB-S1/S2.¶, SFDR-PAI* keep the part/paragraph as `clause`).",
            "SSE2024/SZSE2024: levels from md §1.4 (Scope 1/2 mandatory, Scope 3 voluntary, scenario analysis/assurance/disaggregation voluntary, reductions and mechanisms mandatory, CCER/credits conditional, circular economy mandatory, SME and S&T ethics conditional, rural revitalisation/social contribution voluntary-UNVERIFIED); other topic items conditional on materiality (md §1.2) with UNVERIFIED-level; context items voluntary UNVERIFIED-level. Scope: mandatory reporters only (frameworks.json). BSE2024 always voluntary.",
            "HKEX: Part B mandatory; Part C KPIs comply_or_explain (social KPIs from 2020-07-01); Part D Scope 1/2 mandatory from 2025-01-01, other Part D comply_or_explain (LargeCap mandatory from FY2026 in `condition`).",
            "ISSB: S2 ¶29 metrics and other cited paragraphs mandatory when reporting under ISSB; Scope 3 mandatory with first-year relief; financed emissions conditional; targets (¶33–36) conditional UNVERIFIED-level; tags without a paragraph voluntary UNVERIFIED-level. Effective 2024-01-01.",
            "GRI: comply_or_explain (omissions must be justified); GRI 101 from 2026-01-01 replacing 304; GRI 102/103 from 2027-01-01 replacing 305/302 (`supersededFrom`).",
            "EDCI: core metrics mandatory for participants, optional metrics voluntary, context fields mandatory UNVERIFIED, other tags voluntary UNVERIFIED-level.",
            "MOF-BASIC voluntary (md §2.1); MOF-CLIMATE voluntary UNVERIFIED-level (md states no scope). AMAC voluntary guidance except the annual self-assessment (conditional). JR/T 0227 voluntary (recommended standard). SFDR PAI 1–14 conditional on EU marketing. MEE-EIDD conditional (key polluters) UNVERIFIED. INVEU, ILPA, SASB, CERDS2022, SZFI2022, SSE-G4, SSE-QT voluntary.",
            "Where the md gives no level: voluntary with verification 'UNVERIFIED-level'. effectiveFrom: the framework's date where the md gives a day, else null.",
        ],
        strength="mandatory > comply_or_explain > conditional > voluntary",
        units="Unit ids are those of packages/domain/src/units/units.ts (mirrored in units.json); the CSV's unit text is kept as unitLabel.",
        generator="packages/reference/scripts/build-disclosure-catalogue.py",
        counts=dict(indicators=len(indicators), requirements=len(unique), frameworks=len(frameworks)),
    )
    OUT.mkdir(parents=True, exist_ok=True)

    def write(name, data):
        (OUT / name).write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")

    write("meta.json", meta)
    write("indicators.json", indicators)
    write("framework-requirements.json", unique)
    write("frameworks.json", frameworks)
    write("units.json", [dict(id=u, dimension=d) for u, d in UNITS_MIRROR])
    print(meta["counts"])


if __name__ == "__main__":
    main()
