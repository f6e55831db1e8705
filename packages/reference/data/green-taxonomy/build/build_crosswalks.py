"""Crosswalks between the green taxonomies (GreenFin analyst mappings unless stated); one-off, not kept."""
from common import LEGEND, VERSION, load, write_json

E, N, B, O = "equivalent", "narrower", "broader", "overlap"

# 2021 level-4 → 2025 level-3. (targets, relation, confidence, note)
BOND = {
    "1.1.1.1": (["1.1.1", "8.1.1"], B, "high", "manufacture → 1.1.1; the 2021 item also covered trade, which 2025 places in 8.1.1"),
    "1.1.1.2": (["1.1.2", "8.1.1"], B, "high", "manufacture + trade"),
    "1.1.1.3": (["1.1.5", "8.1.1"], B, "high", "manufacture + trade"),
    "1.1.1.4": (["1.1.6", "8.1.1"], B, "high", "manufacture + trade"),
    "1.1.1.5": ([], "none", "medium", "no 2025 level-3 item names hydraulic/pneumatic components"),
    "1.1.1.6": (["1.1.8", "8.1.1"], B, "high", "manufacture + trade"),
    "1.1.1.7": (["1.1.4", "8.1.1"], B, "high", "manufacture + trade"),
    "1.1.1.8": (["1.1.7", "8.1.1"], B, "high", "2025 also names micro/special motors; trade → 8.1.1"),
    "1.1.1.9": (["1.1.9", "8.1.1"], B, "high", "manufacture + trade"),
    "1.1.1.10": (["1.1.17", "8.1.1"], B, "high", "manufacture + trade"),
    "1.1.1.11": (["1.1.14", "8.1.3", "9.1.3"], B, "high", "2021 text: manufacture, trade and consumption of appliances; consumption of other green products → 9.1.3"),
    "1.1.1.12": (["1.1.13", "8.1.2", "9.1.3"], B, "medium", "2021 text: manufacture, trade and consumption of commercial equipment"),
    "1.1.1.13": (["1.1.15"], B, "medium", "no 2025 trade item names lighting products"),
    "1.1.1.14": (["1.1.19"], B, "high", "2025 adds testing equipment to the name"),
    "1.1.2.1": (["1.3.1"], E, "high", ""),
    "1.1.2.2": (["1.3.2"], E, "high", ""),
    "1.1.2.3": (["1.3.4"], E, "high", ""),
    "1.1.2.4": (["1.4.2", "1.4.1"], O, "medium", "energy-system optimisation through process flow optimisation; 2025 places process optimisation of key industries in 1.4.2"),
    "1.1.2.5": ([], "none", "medium", "no 2025 level-3 item names steam-turbine generator sets; whether its scope left with the coal-related content is UNVERIFIED"),
    "1.1.3.1": (["1.3.5"], E, "high", ""),
    "1.2.1.1": (["1.1.18", "8.1.1"], B, "high", "manufacture → 1.1.18; trade in green building materials → 8.1.1"),
    "1.3.1.1": (["2.1.2", "8.3.1"], B, "high", "manufacture + trade"),
    "1.3.1.2": (["2.1.1", "8.3.1"], B, "high", "manufacture + trade"),
    "1.3.1.3": (["2.1.3", "8.3.1"], B, "high", "manufacture + trade"),
    "1.3.1.4": (["2.1.4", "8.3.1"], B, "high", "manufacture + trade"),
    "1.3.1.5": (["2.1.5", "8.3.1"], B, "high", "manufacture + trade"),
    "1.3.1.6": (["2.1.6", "8.3.1"], B, "high", "manufacture + trade"),
    "1.3.1.7": (["2.1.7", "8.3.4"], B, "high", "manufacture + trade"),
    "1.3.1.8": (["2.1.10", "8.3.3"], B, "high", "manufacture + trade"),
    "1.3.2.1": (["2.3.1"], E, "high", ""),
    "1.3.2.2": (["2.3.2"], E, "high", ""),
    "1.3.2.3": (["2.3.3"], N, "high", "2025 extends it to county towns"),
    "1.3.2.4": (["2.5.9"], E, "high", ""),
    "1.3.3.1": (["2.5.8"], N, "high", "2025 covers vehicles and vessels"),
    "1.3.3.2": (["2.2.5"], E, "high", ""),
    "1.3.3.3": (["2.2.6"], E, "high", ""),
    "1.3.4.1": (["2.4.2"], E, "high", ""),
    "1.3.4.2": (["2.4.4"], E, "high", ""),
    "1.3.4.3": (["2.4.1"], E, "high", ""),
    "1.3.4.4": (["2.5.3"], N, "high", "2025 adds vibration"),
    "1.3.4.5": (["2.5.4"], E, "high", ""),
    "1.3.5.1": (["2.4.3"], E, "high", ""),
    "1.3.5.2": (["2.5.11"], E, "high", ""),
    "1.4.1.1": (["3.2.2"], N, "high", "3.2.2 lists GB/T 4630 海水淡化处理"),
    "1.4.1.2": (["3.2.2", "6.4.2"], O, "medium", "rainwater harvesting: water reuse (3.2.2) or sponge-city facilities (6.4.2)"),
    "1.5.1.1": (["3.1.1", "8.4.1"], B, "high", "manufacture + trade"),
    "1.5.1.2": (["3.1.3", "8.4.3"], B, "high", "manufacture + trade"),
    "1.5.1.3": (["3.1.6", "8.4.6"], O, "low", "2021 treated construction and road waste with refuse (1.5.3.1); 2025 item for construction-waste equipment not explicit"),
    "1.5.1.4": (["3.1.6", "8.4.6"], B, "medium", "kitchen-waste equipment as refuse resource-recovery equipment"),
    "1.5.1.5": (["3.1.5", "8.4.5"], B, "high", "3.1.5 lists equipment for remanufacturing processes"),
    "1.5.1.6": (["3.1.5", "8.4.5"], B, "high", "manufacture + trade"),
    "1.5.1.7": (["3.1.2", "8.4.2"], B, "high", "manufacture + trade"),
    "1.5.1.8": (["3.1.4", "8.4.4"], B, "high", "manufacture + trade"),
    "1.5.2.1": (["3.2.1"], E, "high", ""),
    "1.5.2.2": (["3.2.5"], N, "high", ""),
    "1.5.2.3": (["3.2.5"], N, "high", "3.2.5 includes remanufacturing"),
    "1.5.3.1": (["3.2.6", "6.4.8"], O, "medium", "resource recovery from refuse (3.2.6) vs collection/treatment facilities (6.4.8)"),
    "1.5.3.2": (["3.2.4"], N, "high", ""),
    "1.5.3.3": (["6.4.7"], N, "medium", "sludge treatment and disposal facilities"),
    "1.6.1.1": (["1.2.1", "8.2.1"], B, "high", "manufacture + trade"),
    "1.6.1.2": (["6.2.3", "4.1.9", "4.2.8"], O, "low", "2021 item mixed equipment manufacture with facility construction/operation; 2025 has no item naming charging-equipment manufacture"),
    "1.6.1.3": (["1.2.2", "8.2.2"], B, "high", "manufacture + trade (2025 excludes shipyard construction)"),
    "2.1.1.1": (["2.2.1"], E, "high", ""),
    "2.1.1.2": (["2.2.3"], E, "high", ""),
    "2.1.1.3": (["2.2.2"], N, "high", "2025 widens ultra-low-emission retrofits to key industries"),
    "2.1.2.1": (["2.3.4"], E, "high", ""),
    "2.1.2.2": (["2.3.5"], E, "high", ""),
    "2.1.3.1": (["2.5.7"], E, "medium", ""),
    "2.1.3.2": (["2.5.6"], O, "medium", "cleaner-production retrofit in key industries"),
    "2.1.4.1": (["2.1.8", "8.3.4"], B, "high", "production + trade"),
    "2.1.4.2": (["2.5.2"], E, "high", ""),
    "2.1.4.3": (["2.5.2"], O, "low", "no 2025 item names hazardous-waste transport"),
    "2.2.1.1": (["2.1.9", "8.3.5"], B, "high", "production + trade"),
    "2.2.1.2": (["2.5.10"], N, "high", "2025 adds aquaculture waste"),
    "2.2.1.3": (["3.2.5", "2.4.3"], O, "low", "no 2025 item names agricultural film recycling"),
    "2.3.1.1": (["2.5.1", "3.2.3"], B, "high", "harmless disposal (2.5.1) and comprehensive utilisation (3.2.3)"),
    "2.3.1.2": (["5.3.4"], O, "low", "legacy tailings ponds as mine geological-environment remediation"),
    "2.3.1.3": (["3.2.5"], N, "medium", ""),
    "2.3.2.1": (["3.2.8"], N, "high", ""),
    "2.3.2.2": (["3.2.8"], N, "high", ""),
    "2.4.1.1": (["3.2.2"], N, "high", ""),
    "3.1.1.1": (["4.1.10", "8.5.10"], B, "high", "manufacture + trade"),
    "3.1.1.2": (["4.3.5"], E, "high", ""),
    "3.2.1.1": (["4.1.1", "8.5.1"], B, "high", "manufacture + trade"),
    "3.2.1.2": (["4.1.2", "8.5.2"], B, "high", "manufacture + trade"),
    "3.2.1.3": (["4.1.3", "8.5.3"], B, "high", "manufacture + trade"),
    "3.2.1.4": (["4.1.4", "8.5.4"], B, "high", "manufacture + trade"),
    "3.2.1.5": (["4.1.5", "8.5.5"], B, "high", "manufacture + trade"),
    "3.2.1.6": ([], "none", "medium", "no 2025 level-3 item names gas turbines"),
    "3.2.1.7": (["4.1.9", "8.5.9"], O, "medium", "fuel cells as the 'use' end of the hydrogen chain"),
    "3.2.1.8": (["4.1.6", "8.5.6"], B, "high", "manufacture + trade"),
    "3.2.1.9": (["4.1.7", "8.5.7"], B, "high", "manufacture + trade"),
    "3.2.2.1": (["4.2.1"], E, "high", ""),
    "3.2.2.2": (["4.2.2"], E, "high", ""),
    "3.2.2.3": (["4.2.3"], E, "high", ""),
    "3.2.2.4": (["4.2.4"], E, "high", ""),
    "3.2.2.5": (["4.2.5"], N, "high", "2025 adds comprehensive nuclear-energy use"),
    "3.2.2.6": (["4.2.6"], E, "high", ""),
    "3.2.2.7": (["4.2.7"], E, "high", ""),
    "3.2.2.8": (["4.2.8"], B, "medium", "2021 also named fuel-cell vehicles and power generation"),
    "3.2.2.9": (["4.2.9"], E, "high", ""),
    "3.2.3.1": (["4.3.1"], N, "medium", "2025 joins multi-energy complementarity with source-grid-load-storage integration"),
    "3.2.3.2": (["4.3.2"], E, "high", ""),
    "3.2.3.3": ([], "none", "medium", "no 2025 level-3 item names natural-gas transmission, storage or peak shaving"),
    "3.2.3.4": (["4.3.7"], E, "high", ""),
    "3.2.3.5": (["4.3.3"], E, "high", ""),
    "3.2.3.6": (["1.5.1"], E, "high", ""),
    "4.1.1.1": (["5.1.1", "5.1.2"], B, "high", "breeding (5.1.1) and germplasm protection (5.1.2)"),
    "4.1.1.2": (["5.1.5"], E, "high", ""),
    "4.1.1.3": (["5.1.10"], E, "high", ""),
    "4.1.1.4": (["5.2.14", "5.1.16"], B, "high", "stock enhancement (5.2.14) and marine ranching (5.1.16)"),
    "4.1.1.5": (["5.2.10"], E, "high", ""),
    "4.1.1.6": (["5.3.3"], O, "medium", ""),
    "4.1.2.1": (["5.1.6"], E, "high", ""),
    "4.1.3.1": (["5.1.4", "8.6.1", "8.6.2"], B, "medium", "certified production (5.1.4); the 2021 item also covered trade"),
    "4.1.3.2": (["5.1.14"], E, "high", ""),
    "4.1.3.3": (["5.1.15"], E, "high", ""),
    "4.2.1.1": (["5.2.3"], E, "high", ""),
    "4.2.1.2": (["5.2.1"], O, "medium", ""),
    "4.2.1.3": (["5.2.2"], E, "high", ""),
    "4.2.1.4": ([], "unknown", "low", "the 2021 item's name and text are missing in the source"),
    "4.2.1.5": (["5.2.4"], O, "low", "grassland part; returning farmland to forest has no 2025 item of its own"),
    "4.2.1.6": (["5.2.12"], O, "medium", ""),
    "4.2.1.7": (["5.2.9", "5.2.8"], O, "medium", ""),
    "4.2.1.8": (["5.2.8"], E, "medium", ""),
    "4.2.1.9": (["5.3.4"], E, "high", ""),
    "4.2.1.10": (["5.2.6", "5.2.7"], B, "high", "desertification/rocky desertification (5.2.6) and soil erosion (5.2.7)"),
    "4.2.1.11": (["5.2.11"], E, "high", ""),
    "4.2.1.12": (["5.3.2"], E, "high", ""),
    "4.2.1.13": (["5.3.1"], E, "high", ""),
    "4.2.1.14": (["5.2.13"], E, "high", ""),
    "4.2.2.1": (["5.1.9"], E, "high", ""),
    "4.2.2.2": (["5.1.11"], E, "high", ""),
    "4.2.2.3": (["5.1.9", "5.1.1"], O, "medium", "carbon-sink forests (5.1.9), seedlings (5.1.1)"),
    "4.2.2.4": (["5.1.12"], E, "high", ""),
    "4.2.2.5": (["5.2.2"], O, "medium", "conservation-oriented operation of protected natural areas"),
    "5.1.1.1": (["6.5.3"], E, "high", ""),
    "5.1.1.2": (["6.5.1"], E, "high", ""),
    "5.1.1.3": (["6.5.2"], E, "high", ""),
    "5.2.1.1": (["6.1.2"], N, "high", "2025 adds low-carbon buildings and operation"),
    "5.2.1.2": (["6.1.1"], E, "high", ""),
    "5.2.1.3": (["6.1.5"], E, "high", ""),
    "5.2.1.4": (["6.1.6"], E, "high", ""),
    "5.2.1.5": (["6.1.3"], E, "high", ""),
    "5.2.1.6": (["6.3.2"], N, "high", "green warehousing (2025 item includes cold storage)"),
    "5.3.1.1": (["6.4.7", "3.2.2"], B, "high", "treatment and sludge (6.4.7); reclaimed-water reuse (3.2.2)"),
    "5.3.1.2": (["6.4.8", "3.2.6"], B, "medium", "collection/treatment facilities (6.4.8); waste-to-energy / resource recovery (3.2.6)"),
    "5.3.1.3": (["6.4.5"], E, "high", ""),
    "5.3.1.4": (["6.4.9"], E, "high", ""),
    "5.3.1.5": (["6.4.6"], N, "high", "2025 adds outfalls into the sea"),
    "5.4.1.1": (["6.4.3"], E, "high", ""),
    "5.4.2.1": (["6.4.2"], N, "high", ""),
    "5.4.2.2": (["6.4.2"], N, "high", ""),
    "5.4.2.3": (["6.4.2"], N, "high", ""),
    "5.4.2.4": (["6.4.5", "6.4.2"], O, "low", "urban drainage and rain/sewage separation"),
    "5.4.2.5": (["5.2.12", "2.3.3"], O, "low", "urban water-body ecological restoration"),
    "5.5.1.1": (["6.2.4"], O, "medium", "electronic toll collection as part of intelligent transport"),
    "5.5.1.2": (["6.2.9"], N, "high", ""),
    "5.5.1.3": (["6.2.4"], E, "high", ""),
    "5.5.1.4": (["6.2.7"], E, "high", ""),
    "5.5.1.5": (["6.2.6"], E, "high", "urban rail, BRT and public transport"),
    "5.5.1.6": (["6.2.5"], E, "high", ""),
    "5.5.1.7": (["6.2.10"], E, "high", ""),
    "5.5.2.1": (["6.2.8"], N, "high", "2025 covers environment-friendly railways generally"),
    "5.5.3.1": (["6.2.12", "6.2.11"], B, "medium", "port shore power (6.2.12) and airport bridge power (6.2.11)"),
    "5.5.4.1": (["6.2.3", "4.2.8"], B, "high", "charging/swapping/gas (6.2.3); hydrogen refuelling (4.2.8)"),
    "5.6.1.1": (["6.4.1"], N, "high", ""),
    "5.6.1.2": (["6.4.1"], N, "medium", ""),
    "5.6.1.3": (["6.4.1"], N, "high", ""),
    "5.6.1.4": (["6.4.1"], N, "high", ""),
    "5.6.1.5": (["6.4.1"], N, "high", ""),
    "5.6.1.6": (["6.4.1"], N, "high", ""),
    "6.1.1.1": (["7.1.1"], E, "high", ""),
    "6.1.1.2": (["7.1.2"], N, "high", ""),
    "6.1.1.3": (["7.1.2", "7.1.4"], O, "medium", "technical consulting as consulting (7.1.2) or other related consulting (7.1.4)"),
    "6.1.1.4": (["7.4.5"], E, "high", ""),
    "6.2.1.1": (["7.2.1"], E, "high", ""),
    "6.2.1.2": (["7.2.2"], E, "high", ""),
    "6.2.1.3": (["7.2.4"], E, "high", ""),
    "6.2.2.1": (["7.6.2"], E, "high", ""),
    "6.2.2.2": (["7.6.3"], E, "high", ""),
    "6.2.2.3": (["7.6.4"], E, "high", ""),
    "6.2.2.4": (["7.6.1", "7.4.3"], B, "high", "trading services (7.6.1), accounting (7.4.3)"),
    "6.2.2.5": (["7.6.6"], N, "high", "2025 adds green-electricity trading"),
    "6.3.1.1": (["7.4.1"], E, "high", ""),
    "6.3.1.2": (["7.4.6"], E, "high", ""),
    "6.3.1.3": (["7.4.3"], N, "high", ""),
    "6.3.1.4": (["7.4.10"], E, "high", ""),
    "6.3.1.5": (["7.4.11"], E, "high", ""),
    "6.4.1.1": (["7.3.1"], E, "high", ""),
    "6.4.1.2": (["7.3.4"], E, "high", ""),
    "6.4.1.3": (["7.3.3"], E, "high", ""),
    "6.4.1.4": (["7.4.7"], O, "low", ""),
    "6.4.1.5": (["7.3.5"], E, "high", ""),
    "6.4.1.6": (["7.3.6", "7.4.7"], O, "medium", ""),
    "6.5.1.1": (["7.5.2"], N, "high", ""),
    "6.5.1.2": (["7.5.2"], N, "high", ""),
    "6.5.1.3": (["7.5.2"], N, "high", ""),
    "6.5.1.4": (["7.5.2"], N, "high", ""),
    "6.5.1.5": (["7.5.2"], O, "low", "certification of organic food as certification of green products"),
    "6.5.1.6": (["7.5.2"], O, "low", "certification of green food as certification of green products"),
    "6.5.1.7": (["7.5.2"], N, "medium", ""),
    "6.5.1.8": (["7.5.2"], N, "high", ""),
}

# Blue: links added by GreenFin to the shared analyst mapping. (cn code, ifc code, condition)
BLUE_ADDED = [
    ("1.2.5", "IFC-5", None),
    ("8.2.5", "IFC-5", None),
    ("4.1.1", "IFC-9", "offshore wind equipment only"),
    ("8.5.1", "IFC-9", "offshore wind equipment only"),
    ("4.2.2", "IFC-9", "offshore (sea-based) solar only"),
    ("6.4.3", "IFC-1", None),
    ("6.4.5", "IFC-2", None),
    ("3.2.5", "IFC-4", "marine plastic litter, fishing gear and other ocean-bound waste only"),
    ("7.3.7", "IFC-7", "marine and coastal (blue-carbon) sinks only"),
    ("2.5.10", "IFC-6", "aquaculture waste only"),
]
BLUE_CONDITIONS = {
    "4.2.1": "offshore wind only (the shared mapping says 含海上风电，如适用)",
    "3.2.2": "seawater desalination and water supply/reuse (the shared mapping names GB/T 4630 海水淡化处理)",
}


def build(blue_shared):
    bond_nodes = {n["code"]: n for n in load("taxonomy_cn_green_bond_catalogue_2021.json")["items"]}
    cn = {n["code"]: n for n in load("taxonomy_cn_2025.json")["nodes"]}
    level4 = [c for c, n in bond_nodes.items() if n["level"] == 4]
    assert sorted(level4) == sorted(BOND), set(level4) ^ set(BOND)
    links = []
    for code in level4:
        targets, rel, conf, note = BOND[code]
        for t in targets:
            assert t in cn and cn[t]["level"] == 3, t
        links.append(
            {
                "from": code,
                "to": targets,
                "relation": rel,
                "confidence": conf,
                "note": note or None,
                "verification": "analyst",
            }
        )
    write_json(
        f"crosswalks@{VERSION}/cn-green-bond-2021--cn-green-2025.json",
        {
            "id": "cn-green-bond-2021--cn-green-2025",
            "from": f"cn-green-bond-2021@{VERSION}",
            "to": f"cn-green-2025@{VERSION}",
            "fromLevel": 4,
            "toLevel": 3,
            "method": (
                "Each 2021 level-4 item was read (name and condition text) against the 2025 level-3 names, their groups "
                "and GB/T 4754 classes. Manufacturing items of 2021 also covered trade, which 2025 splits into its "
                "section 8: both targets are listed. 'none' = no 2025 level-3 item of that scope was found by name; "
                "it does not prove the scope was removed. No official concordance was available."
            ),
            "source": ["GreenFin analyst mapping (this repository)", "cn-green-bond-2021@2026.1", "cn-green-2025@2026.1"],
            "verification": "analyst",
            "links": links,
        },
    )

    ind = load("taxonomy_cn_2024_cgt_blue_transition.json")["cn_green_low_carbon_transition_catalogue_2024"]
    links24 = []
    for l1 in ind["level1"]:
        assert cn[l1["code"]]["name_zh"] == l1["name_cn"]
        links24.append(
            {
                "from": l1["code"],
                "to": [l1["code"]],
                "relation": E,
                "confidence": "medium",
                "note": "identical names and codes; the content of the two categories was not compared (the 2024 tree below level 2 is not available)",
                "verification": "derived-secondary",
            }
        )
    for l2 in ind["level2_partial"]:
        if l2["code"] == "?":
            continue
        assert cn[l2["code"]]["name_zh"] == l2["name_cn"]
        inferred = "inferred" in l2["verification"]
        links24.append(
            {
                "from": l2["code"],
                "to": [l2["code"]],
                "relation": E,
                "confidence": "low" if inferred else "medium",
                "note": "identical names; " + ("the 2024 code is inferred from order" if inferred else "the content was not compared"),
                "verification": "UNVERIFIED" if inferred else "derived-secondary",
            }
        )
    write_json(
        f"crosswalks@{VERSION}/cn-green-industry-2024--cn-green-2025.json",
        {
            "id": "cn-green-industry-2024--cn-green-2025",
            "from": f"cn-green-industry-2024@{VERSION}",
            "to": f"cn-green-2025@{VERSION}",
            "fromLevel": None,
            "toLevel": None,
            "method": "Same-level links between categories with identical names (levels 1 and 2). Only the part of the 2024 tree that is available is linked.",
            "source": ["cn-green-industry-2024@2026.1", "cn-green-2025@2026.1"],
            "verification": "derived-secondary",
            "links": links24,
        },
    )

    blue_links = []
    for r in blue_shared:
        code = r["cn2025_code"]
        assert code in cn, code
        blue_links.append(
            {
                "from": code,
                "to": [r["ifc_category_guess"]],
                "relation": O,
                "confidence": "medium",
                "condition": BLUE_CONDITIONS.get(code),
                "note": f"shared mapping names the item '{r['cn2025_name_zh']}'",
                "source": ["shared/reference/blue_finance_categories.json (crosswalk_cn2025_to_ifc_analyst)"],
                "verification": "analyst",
            }
        )
    for code, ifc, cond in BLUE_ADDED:
        assert code in cn, code
        blue_links.append(
            {
                "from": code,
                "to": [ifc],
                "relation": O,
                "confidence": "low" if cond else "medium",
                "condition": cond,
                "note": None,
                "source": ["GreenFin analyst mapping (this repository)"],
                "verification": "analyst",
            }
        )
    blue_links.sort(key=lambda l: [int(x) for x in l["from"].split(".")])
    write_json(
        f"crosswalks@{VERSION}/cn-green-2025--blue-finance.json",
        {
            "id": "cn-green-2025--blue-finance",
            "from": f"cn-green-2025@{VERSION}",
            "to": f"blue-finance@{VERSION}",
            "fromLevel": 3,
            "toLevel": 1,
            "method": (
                "Marine- and water-related 2025 level-3 items linked to the commonly cited IFC blue categories (themselves "
                "UNVERIFIED). 17 links come from the shared analyst mapping; the rest were added by GreenFin. A link with a "
                "condition applies only to the variant named (e.g. offshore wind)."
            ),
            "source": ["shared/reference/blue_finance_categories.json", "GreenFin analyst mapping (this repository)"],
            "verification": "analyst",
            "links": blue_links,
        },
    )
    write_json(
        f"crosswalks@{VERSION}/meta.json",
        {
            "id": "crosswalks",
            "version": VERSION,
            "status": "draft",
            "kind": "crosswalks",
            "name": {"zh": "绿色目录对照表", "en": "Green taxonomy crosswalks"},
            "standing": (
                "Links between catalogue versions and to the blue-finance categories. None is official: the 2021→2025 and "
                "2025→blue links are GreenFin's reading (analyst); the 2024→2025 links follow identical names. Each link "
                "keeps its relation, confidence and verification."
            ),
            "sources": ["shared/reference/taxonomy_cn_green_bond_catalogue_2021.json", "shared/reference/taxonomy_cn_2025.json", "shared/reference/taxonomy_cn_2024_cgt_blue_transition.json", "shared/reference/blue_finance_categories.json"],
            "verificationLegend": LEGEND,
            "files": [
                "cn-green-bond-2021--cn-green-2025.json",
                "cn-green-industry-2024--cn-green-2025.json",
                "cn-green-2025--blue-finance.json",
            ],
            "relations": {
                "equivalent": "same scope (the names may differ slightly)",
                "narrower": "the source item is part of the target item",
                "broader": "the source item spans more than one target item (e.g. manufacture and trade)",
                "overlap": "the scopes overlap; neither contains the other for sure",
                "none": "no target item of that scope was found by name; not proof that the scope was removed",
                "unknown": "the source item has no text to compare",
            },
            "facts": [],
            "gaps": [
                "No official concordance 2021→2025 or 2024→2025 was available; the 2024 tree is known only at levels 1–2.",
                "The IFC category labels the blue links point to are UNVERIFIED.",
            ],
        },
    )
    return links, links24, blue_links


if __name__ == "__main__":
    blue_shared = load("blue_finance_categories.json")["crosswalk_cn2025_to_ifc_analyst"]
    a, b, c = build(blue_shared)
    print(len(a), sum(len(l["to"]) for l in a), len(b), len(c))
