#!/usr/bin/env python3
"""Writes benefit-methods@2026.1/{meta.json,methods.json,SHA256SUMS}. Edit here, run, review the diff: a changed
factor or formula after release is a new version directory, never an edit of a released one."""
import hashlib, json, os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "benefit-methods@2026.1")

GB2589 = ("GB/T 2589《综合能耗计算通则》 standard-coal conversion coefficient as transcribed in the widely circulated "
          "table '各种能源折标准煤及碳排放参考系数' (shared/reference/emission_factors_fuels_cn.csv, block A); "
          "the standard itself was not opened")
COAL_RATE_SRC = ("China Electricity Council (中电联) national statistics: coal consumption of thermal power supply "
                 "(全国6000千瓦及以上火电厂供电标准煤耗) 300.7 gce/kWh for 2022, written from recall; the CEC "
                 "statistical bulletin was not opened from this environment")
DEFINITION = "unit definition (exact)"


def inp(key, zh, en, unit, scale, required=True, min_="0", default=None, max_=None):
    d = {"key": key, "nameZh": zh, "nameEn": en, "unit": unit, "required": required, "min": min_, "scale": scale}
    if max_ is not None:
        d["max"] = max_
    if default is not None:
        d["default"] = default
    return d


def lit(key, zh, en, value, unit, source, verification, note=None):
    d = {"key": key, "nameZh": zh, "nameEn": en, "value": value, "unit": unit, "source": source,
         "verification": verification}
    if note:
        d["note"] = note
    return d


def ref(key, zh, en, unit, frm, id_=None, note=None):
    d = {"key": key, "nameZh": zh, "nameEn": en, "unit": unit, "from": frm}
    if id_:
        d["id"] = id_
    if note:
        d["note"] = note
    return d


def out(key, zh, en, unit, formula, places=6, signed=False):
    d = {"key": key, "nameZh": zh, "nameEn": en, "unit": unit, "formula": formula, "places": places}
    if signed:
        d["signed"] = True
    return d


GRID = ref("grid_ef", "全国电网平均二氧化碳排放因子", "National grid average CO2 emission factor", "tCO2/MWh", "grid",
           note="the carbon factor set's national location-based average for the year (latest year when none is given)")
COAL_RATE = lit("coal_rate", "全国火电供电标准煤耗", "National average coal consumption of thermal power supply",
                "0.3007", "tce/MWh", COAL_RATE_SRC, "UNVERIFIED",
                note="300.7 gce/kWh = 0.3007 tce/MWh; one national figure (2022) whatever the year")
MWH_PER_KWH = lit("mwh_per_kwh", "千瓦时换算兆瓦时", "kWh to MWh", "0.001", "MWh/kWh", DEFINITION, "verified")
CO2 = ("co2_reduction_t", "二氧化碳减排量", "CO2 reduction", "tCO2")
COAL = ("standard_coal_saved_tce", "节约标准煤", "Standard coal saved", "tce")

methods = [
    {
        "key": "renewable_generation", "version": "1",
        "nameZh": "可再生能源发电", "nameEn": "Renewable electricity generation",
        "descriptionZh": "可再生能源（风、光、水、生物质、地热、海洋能）年上网电量替代电网平均电力：按全国电网平均排放因子计算二氧化碳减排量，按全国火电供电标准煤耗计算节约标准煤。",
        "descriptionEn": "Annual renewable generation (wind, solar, hydro, biomass, geothermal, ocean) displacing average grid power: CO2 avoided at the national grid average factor, standard coal saved at the national thermal power supply coal rate.",
        "categories": ["4.2.1", "4.2.2", "4.2.3", "4.2.4", "4.2.6", "4.2.7", "4.3.4", "4.3.7", "6.1.5"],
        "inputs": [inp("generation_mwh", "年发电量（上网）", "Annual generation (delivered to grid)", "MWh", "extensive")],
        "factors": [GRID, COAL_RATE],
        "outputs": [out(*CO2, "generation_mwh * grid_ef"), out(*COAL, "generation_mwh * coal_rate")],
    },
    {
        "key": "energy_efficiency", "version": "1",
        "nameZh": "节能改造", "nameEn": "Energy-efficiency retrofit",
        "descriptionZh": "改造后与改造前相比每年节约的电力和燃料：电力按全国电网平均排放因子、燃料按碳因子库的燃料排放因子计算二氧化碳减排量；折标准煤按供电标准煤耗和 GB/T 2589 折标系数计算。",
        "descriptionEn": "Electricity and fuel saved per year against the pre-retrofit baseline: CO2 from the national grid factor and the carbon factor set's fuel factors; standard coal from the power supply coal rate and GB/T 2589 coefficients.",
        "categories": ["1.3", "1.4", "4.3.5", "6.5.3"],
        "inputs": [
            inp("electricity_saved_mwh", "年节电量", "Electricity saved per year", "MWh", "extensive", False, default="0"),
            inp("raw_coal_saved_t", "年节约原煤", "Raw coal saved per year", "t", "extensive", False, default="0"),
            inp("natural_gas_saved_wan_m3", "年节约天然气", "Natural gas saved per year", "wan_m3", "extensive", False, default="0"),
            inp("diesel_saved_t", "年节约柴油", "Diesel saved per year", "t", "extensive", False, default="0"),
        ],
        "atLeastOne": ["electricity_saved_mwh", "raw_coal_saved_t", "natural_gas_saved_wan_m3", "diesel_saved_t"],
        "factors": [
            GRID, COAL_RATE,
            ref("coal_ef", "原煤排放因子", "Raw coal CO2 factor", "tCO2/t", "carbon", "fuel.raw_coal.a"),
            ref("gas_ef", "天然气排放因子", "Natural gas CO2 factor", "tCO2/wan_m3", "carbon", "fuel.natural_gas.a",
                note="the carbon set's 油田天然气 (oilfield natural gas) record, the only verified natural-gas factor it holds"),
            ref("diesel_ef", "柴油排放因子", "Diesel CO2 factor", "tCO2/t", "carbon", "fuel.diesel.a"),
            lit("coal_tce", "原煤折标准煤系数", "Raw coal standard-coal coefficient", "0.7143", "tce/t", GB2589, "verified-secondary"),
            lit("gas_tce", "天然气折标准煤系数", "Natural gas standard-coal coefficient", "13.3", "tce/wan_m3", GB2589,
                "verified-secondary", note="1.33 kgce/m³ (oilfield gas, 38 931 kJ/m³) = 13.3 tce per 10⁴ m³"),
            lit("diesel_tce", "柴油折标准煤系数", "Diesel standard-coal coefficient", "1.4571", "tce/t", GB2589, "verified-secondary"),
        ],
        "outputs": [
            out(*CO2, "electricity_saved_mwh * grid_ef + raw_coal_saved_t * coal_ef + natural_gas_saved_wan_m3 * gas_ef + diesel_saved_t * diesel_ef"),
            out(*COAL, "electricity_saved_mwh * coal_rate + raw_coal_saved_t * coal_tce + natural_gas_saved_wan_m3 * gas_tce + diesel_saved_t * diesel_tce"),
        ],
    },
    {
        "key": "seawater_desalination", "version": "1",
        "nameZh": "海水淡化", "nameEn": "Seawater desalination",
        "descriptionZh": "海水淡化工程每年供应的淡水量 = 日产水能力 × 年运行天数。",
        "descriptionEn": "Fresh water supplied per year by a desalination plant = daily capacity × operating days.",
        "categories": ["3.2.2"],
        "inputs": [
            inp("capacity_m3_per_day", "日产淡水能力", "Fresh-water capacity per day", "m3/d", "extensive"),
            inp("operating_days", "年运行天数", "Operating days per year", "d", "intensive", max_="366"),
        ],
        "factors": [],
        "outputs": [out("fresh_water_supplied_m3", "年供应淡水量", "Fresh water supplied per year", "m3",
                        "capacity_m3_per_day * operating_days", places=2)],
    },
    {
        "key": "water_reuse", "version": "1",
        "nameZh": "再生水利用", "nameEn": "Water reuse",
        "descriptionZh": "每年利用的再生水（中水）量，按一比一替代新鲜水计算节约的新鲜水量。",
        "descriptionEn": "Reclaimed water used per year; fresh water saved assuming one-for-one substitution.",
        "categories": ["3.2.2", "3.2.8"],
        "inputs": [inp("reclaimed_water_m3", "年再生水利用量", "Reclaimed water used per year", "m3", "extensive")],
        "factors": [lit("substitution_ratio", "新鲜水替代比例", "Fresh-water substitution ratio", "1", "m3/m3",
                        "GreenFin method convention: each m³ of reclaimed water used replaces one m³ of fresh water withdrawal (no official default found)",
                        "UNVERIFIED", note="replace with a measured ratio when the project documents one")],
        "outputs": [
            out("fresh_water_saved_m3", "年节约新鲜水量", "Fresh water saved per year", "m3",
                "reclaimed_water_m3 * substitution_ratio", places=2),
        ],
    },
    {
        "key": "wastewater_treatment", "version": "1",
        "nameZh": "污水处理", "nameEn": "Wastewater treatment",
        "descriptionZh": "年处理水量 × （进水浓度 − 出水浓度）计算化学需氧量（COD）和氨氮（NH₃-N）削减量；1 mg/L × 1 m³ = 1 g。",
        "descriptionEn": "Treated volume × (influent − effluent concentration) gives COD and NH3-N removed; 1 mg/L × 1 m³ = 1 g.",
        "categories": ["2.3", "6.4.5", "6.4.7"],
        "inputs": [
            inp("treated_volume_m3", "年处理水量", "Wastewater treated per year", "m3", "extensive"),
            inp("cod_influent_mg_l", "COD 进水浓度", "COD influent concentration", "mg/L", "intensive"),
            inp("cod_effluent_mg_l", "COD 出水浓度", "COD effluent concentration", "mg/L", "intensive"),
            inp("nh3n_influent_mg_l", "氨氮进水浓度", "NH3-N influent concentration", "mg/L", "intensive"),
            inp("nh3n_effluent_mg_l", "氨氮出水浓度", "NH3-N effluent concentration", "mg/L", "intensive"),
        ],
        "constraints": [
            {"left": "cod_influent_mg_l", "op": ">=", "right": "cod_effluent_mg_l",
             "messageZh": "COD 出水浓度不能高于进水浓度", "messageEn": "COD effluent must not exceed influent"},
            {"left": "nh3n_influent_mg_l", "op": ">=", "right": "nh3n_effluent_mg_l",
             "messageZh": "氨氮出水浓度不能高于进水浓度", "messageEn": "NH3-N effluent must not exceed influent"},
        ],
        "factors": [lit("t_per_g", "克换算吨", "g to t", "0.000001", "t/g",
                        "unit definition (exact): 1 mg/L = 1 g/m³, 1 t = 10⁶ g", "verified")],
        "outputs": [
            out("cod_removed_t", "COD 削减量", "COD removed", "t",
                "treated_volume_m3 * (cod_influent_mg_l - cod_effluent_mg_l) * t_per_g"),
            out("nh3n_removed_t", "氨氮削减量", "NH3-N removed", "t",
                "treated_volume_m3 * (nh3n_influent_mg_l - nh3n_effluent_mg_l) * t_per_g"),
        ],
    },
    {
        "key": "green_building", "version": "1",
        "nameZh": "绿色建筑", "nameEn": "Green building",
        "descriptionZh": "建筑面积 × （基准能耗 − 设计能耗）得到年节电量（能耗以电力计），再按全国电网平均排放因子计算二氧化碳减排量、按供电标准煤耗计算节约标准煤。",
        "descriptionEn": "Floor area × (baseline − design energy use intensity) gives electricity saved per year (energy taken as electricity); CO2 at the national grid factor, standard coal at the power supply coal rate.",
        "categories": ["6.1.1", "6.1.2", "6.1.3", "6.1.4", "9.1.2"],
        "inputs": [
            inp("floor_area_m2", "建筑面积", "Floor area", "m2", "extensive"),
            inp("baseline_kwh_per_m2", "基准建筑能耗强度", "Baseline energy use intensity", "kWh/(m2·a)", "intensive"),
            inp("design_kwh_per_m2", "设计建筑能耗强度", "Design energy use intensity", "kWh/(m2·a)", "intensive"),
        ],
        "constraints": [{"left": "baseline_kwh_per_m2", "op": ">=", "right": "design_kwh_per_m2",
                         "messageZh": "设计能耗强度不能高于基准能耗强度",
                         "messageEn": "Design energy use intensity must not exceed the baseline"}],
        "factors": [MWH_PER_KWH, GRID, COAL_RATE],
        "outputs": [
            out("electricity_saved_mwh", "年节电量", "Electricity saved per year", "MWh",
                "floor_area_m2 * (baseline_kwh_per_m2 - design_kwh_per_m2) * mwh_per_kwh"),
            out(*CO2, "electricity_saved_mwh * grid_ef"),
            out(*COAL, "electricity_saved_mwh * coal_rate"),
        ],
    },
]


def nev(key, zh, en, fuel, fuel_zh, fuel_en, categories):
    saved = f"{fuel}_saved_l"
    return {
        "key": key, "version": "1", "nameZh": zh, "nameEn": en,
        "descriptionZh": f"新能源汽车替代{fuel_zh}车：车辆数 × 年行驶里程 × 百公里{fuel_zh}消耗得到节约{fuel_zh}量；减去新能源汽车用电按全国电网平均排放因子计算的排放，得到二氧化碳净减排量（电网排放高时可能为负）。",
        "descriptionEn": f"New-energy vehicles replacing {fuel_en} vehicles: vehicles × km per year × {fuel_en} use per 100 km gives {fuel_en} saved; net CO2 = avoided {fuel_en} CO2 − the EVs' electricity at the national grid factor (may be negative on a carbon-heavy grid).",
        "categories": categories,
        "inputs": [
            inp("vehicles", "车辆数", "Vehicles", "vehicle", "extensive"),
            inp("km_per_vehicle_year", "单车年行驶里程", "Distance per vehicle per year", "km/a", "intensive"),
            inp("fuel_l_per_100km", f"被替代车辆百公里{fuel_zh}消耗", f"Replaced vehicle's {fuel_en} use", "L/100km", "intensive"),
            inp("electricity_kwh_per_100km", "新能源汽车百公里电耗", "EV electricity use", "kWh/100km", "intensive"),
        ],
        "factors": [
            lit("m3_per_l", "升换算立方米", "L to m³", "0.001", "m3/L", DEFINITION, "verified"),
            MWH_PER_KWH,
            ref("density", f"{fuel_zh}密度", f"{fuel_en.capitalize()} density", "t/m3", "carbon", f"density.{fuel}"),
            ref("fuel_ef", f"{fuel_zh}排放因子", f"{fuel_en.capitalize()} CO2 factor", "tCO2/t", "carbon", f"fuel.{fuel}.a"),
            GRID,
        ],
        "outputs": [
            out(saved, f"年节约{fuel_zh}", f"{fuel_en.capitalize()} saved per year", "L",
                "vehicles * km_per_vehicle_year * fuel_l_per_100km / 100"),
            out("electricity_used_mwh", "新能源汽车年用电量", "EV electricity used per year", "MWh",
                "vehicles * km_per_vehicle_year * electricity_kwh_per_100km / 100 * mwh_per_kwh"),
            out(*CO2, f"{saved} * m3_per_l * density * fuel_ef - electricity_used_mwh * grid_ef", signed=True),
        ],
    }


methods.append(nev("nev_gasoline", "新能源乘用车（替代汽油车）", "New-energy passenger cars (replacing gasoline cars)",
                   "gasoline", "汽油", "gasoline", ["1.2.1", "6.2.3", "9.1.1"]))
methods.append(nev("nev_diesel", "新能源客货车（替代柴油车）", "New-energy buses and trucks (replacing diesel vehicles)",
                   "diesel", "柴油", "diesel", ["1.2.1", "6.2.3", "6.2.6"]))

FOREST_SRC = ("placeholder order of magnitude for young Chinese plantations (net biomass carbon gain incl. roots), "
              "written from recall of published ranges; no IPCC, CCER-14-001-V01 or national forest inventory table "
              "was opened: replace with the project's 造林碳汇 methodology estimate before any disclosure")
methods.append({
    "key": "afforestation", "version": "1",
    "nameZh": "造林碳汇", "nameEn": "Afforestation carbon sink",
    "descriptionZh": "各林分类型造林面积 × 年均固碳速率（tCO2/公顷·年）之和。速率为待核实的量级值；核证减排应采用《造林碳汇》方法学（CCER-14-001-V01）逐项目计算。",
    "descriptionEn": "Sum over forest types of planted area × annual sequestration rate (tCO2/ha·a). The rates are unverified orders of magnitude; credited removals need the afforestation methodology (CCER-14-001-V01) per project.",
    "categories": ["5.1.9", "5.2.3", "5.2.6", "5.2.7", "5.2.8", "5.2.9"],
    "inputs": [
        inp("conifer_ha", "针叶林面积", "Coniferous forest area", "ha", "extensive", False, default="0"),
        inp("broadleaf_ha", "阔叶林面积", "Broadleaved forest area", "ha", "extensive", False, default="0"),
        inp("mixed_ha", "针阔混交林面积", "Mixed forest area", "ha", "extensive", False, default="0"),
    ],
    "atLeastOne": ["conifer_ha", "broadleaf_ha", "mixed_ha"],
    "factors": [
        lit("conifer_rate", "针叶林年固碳速率", "Coniferous sequestration rate", "4.0", "tCO2/(ha·a)", FOREST_SRC, "UNVERIFIED"),
        lit("broadleaf_rate", "阔叶林年固碳速率", "Broadleaved sequestration rate", "5.0", "tCO2/(ha·a)", FOREST_SRC, "UNVERIFIED"),
        lit("mixed_rate", "混交林年固碳速率", "Mixed forest sequestration rate", "4.5", "tCO2/(ha·a)", FOREST_SRC, "UNVERIFIED"),
    ],
    "outputs": [out(*CO2, "conifer_ha * conifer_rate + broadleaf_ha * broadleaf_rate + mixed_ha * mixed_rate")],
})

WETLANDS = ("IPCC 2013 Supplement to the 2006 IPCC Guidelines: Wetlands, chapter 4 (coastal wetlands), table 4.12 "
            "default annual soil carbon accumulation rates; values recalled (mangrove 1.62, tidal marsh 0.91, "
            "seagrass 0.43 tC/ha·a), the table itself was not opened from this environment")
methods.append({
    "key": "blue_carbon", "version": "1",
    "nameZh": "蓝碳（红树林、盐沼、海草床）", "nameEn": "Blue carbon (mangrove, salt marsh, seagrass)",
    "descriptionZh": "修复或新建滨海湿地面积 × IPCC 2013 湿地增补指南缺省土壤碳累积速率（tC/公顷·年），按 44/12 换算为二氧化碳。",
    "descriptionEn": "Restored or created coastal wetland area × IPCC 2013 Wetlands Supplement default soil carbon accumulation rates (tC/ha·a), converted to CO2 with 44/12.",
    "categories": ["5.1.16", "5.2.12", "5.2.13"],
    "inputs": [
        inp("mangrove_ha", "红树林面积", "Mangrove area", "ha", "extensive", False, default="0"),
        inp("salt_marsh_ha", "盐沼面积", "Salt marsh (tidal marsh) area", "ha", "extensive", False, default="0"),
        inp("seagrass_ha", "海草床面积", "Seagrass meadow area", "ha", "extensive", False, default="0"),
    ],
    "atLeastOne": ["mangrove_ha", "salt_marsh_ha", "seagrass_ha"],
    "factors": [
        lit("mangrove_rate", "红树林土壤碳累积速率", "Mangrove soil carbon accumulation", "1.62", "tC/(ha·a)", WETLANDS, "UNVERIFIED"),
        lit("salt_marsh_rate", "盐沼土壤碳累积速率", "Tidal marsh soil carbon accumulation", "0.91", "tC/(ha·a)", WETLANDS, "UNVERIFIED"),
        lit("seagrass_rate", "海草床土壤碳累积速率", "Seagrass soil carbon accumulation", "0.43", "tC/(ha·a)", WETLANDS, "UNVERIFIED"),
    ],
    "outputs": [
        out("carbon_sequestered_tc", "年固碳量（碳）", "Carbon sequestered per year", "tC",
            "mangrove_ha * mangrove_rate + salt_marsh_ha * salt_marsh_rate + seagrass_ha * seagrass_rate"),
        out(*CO2, "carbon_sequestered_tc * 44 / 12"),
    ],
})

meta = {
    "id": "benefit-methods",
    "version": "2026.1",
    "status": "draft",
    "name": {"zh": "绿色项目环境效益测算方法", "en": "Environmental-benefit methods for green projects"},
    "standing": "GreenFin's own calculators: simple, transparent annual estimates for a project library and green-loan statistics, not a certified MRV methodology. Each factor names its source and verification; UNVERIFIED factors must be checked before figures are disclosed.",
    "verificationLegend": {
        "verified": "a unit definition or physical constant, exact",
        "verified-secondary": "from a secondary transcription of the official source, cross-checked where noted",
        "UNVERIFIED": "from recall or a convention; check against the official document before disclosure",
    },
    "gaps": [
        "供电标准煤耗 is one recalled 2022 figure (300.7 gce/kWh), not a per-year series from the CEC bulletins",
        "afforestation rates are placeholders; no IPCC or CCER-14-001-V01 table was opened",
        "blue-carbon rates are recalled from IPCC 2013 Wetlands Supplement table 4.12, not read from it",
        "new-energy vehicles use the carbon set's conventional fuel densities (UNVERIFIED there)",
    ],
}


def write(name, obj):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)
        f.write("\n")


os.makedirs(OUT, exist_ok=True)
write("meta.json", meta)
write("methods.json", {"methods": methods})
with open(os.path.join(OUT, "SHA256SUMS"), "w") as f:
    for name in ("meta.json", "methods.json"):
        digest = hashlib.sha256(open(os.path.join(OUT, name), "rb").read()).hexdigest()
        f.write(f"{digest}  {name}\n")
