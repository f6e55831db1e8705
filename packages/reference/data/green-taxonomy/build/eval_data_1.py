# Evaluation records, part 1: families 1–3.
# Fields: text, lang, industry (GB/T 4754 class digits or None), expected (list or "none"), blue (None|"marine"|"water"),
# transition (bool), conf ("clear"|"judgement"), note (label basis), inspired (public kind of project), params (list of tuples)

R = []


def r(text, lang, industry, expected, inspired, note="", blue=None, transition=False, conf="clear", params=()):
    R.append(dict(text=text, lang=lang, industry=industry, expected=expected, blue=blue, transition=transition,
                  conf=conf, note=note, inspired=inspired, params=list(params)))


# ---------------------------------------------------------------- 1 节能降碳产业
r("年产2000台（套）高效冷凝式燃气锅炉及生物质工业锅炉生产线建设项目，产品热效率达到GB 24500能效1级，配套建设智能焊接车间和检测中心。",
  "zh", "3411", ["1.1.1"], "equipment makers' capacity-expansion announcements for high-efficiency boilers",
  params=[("boiler_efficiency_grade", "GB 24500 grade 1", None), ("annual_output", 2000, "sets")])
r("新建年产50万台IE5超高效永磁同步电动机智能制造基地，产品覆盖0.75–315kW，配套稀土永磁转子自动化产线。",
  "zh", "3812", ["1.1.7"], "motor manufacturers' IE5 permanent-magnet motor plant projects",
  params=[("efficiency_class", "IE5", None), ("annual_output", 500000, "units")])
r("Expansion of a factory producing amorphous-alloy core distribution transformers that meet China's grade-1 energy-efficiency standard (GB 20052), adding 8,000 units per year.",
  "en", "3821", ["1.1.9"], "transformer manufacturers' green-loan disclosures",
  params=[("efficiency_grade", "GB 20052 grade 1", None), ("annual_output", 8000, "units")])
r("磁悬浮离心鼓风机及磁悬浮冷水机组研发制造项目，产品较传统罗茨风机节电30%以上，主要用于污水处理厂曝气。",
  "zh", "3462", ["1.1.10"], "maglev blower makers supplying wastewater plants",
  note="maglev power equipment is named by 1.1.10; the end use (aeration) does not make it a wastewater project")
r("一级能效变频空调和节能冰箱生产线智能化改造及扩产项目，新增产能120万台/年，产品全部达到新国标一级能效。",
  "zh", "3852", ["1.1.14"], "household-appliance makers' green bonds for energy-efficient products",
  params=[("efficiency_grade", "grade 1", None)])
r("LED外延片、芯片及高光效照明灯具生产基地建设，灯具光效不低于160lm/W。",
  "zh", "3975", ["1.1.15"], "LED supply-chain manufacturing projects",
  params=[("luminous_efficacy", 160, "lm/W")])
r("烧结余热锅炉、干熄焦余热锅炉及高效换热器制造项目，主要服务钢铁、焦化企业余热回收。",
  "zh", "3411", ["1.1.17"], "waste-heat boiler manufacturers",
  note="manufacture of waste-heat recovery equipment, not the recovery itself (1.3.4)")
r("年产30万立方米蒸压加气混凝土砌块及100万平方米Low-E中空节能玻璃生产线，产品获绿色建材产品认证三星级。",
  "zh", "3024", ["1.1.18"], "green building-material plants with green-product certification",
  params=[("certification", "绿色建材三星", None)])
r("新能源汽车动力电池系统及电驱动总成生产项目，年产动力电池包15GWh、电驱总成40万套。",
  "zh", "3841", ["1.2.1"], "NEV battery and e-drive plant financing",
  note="batteries here are NEV key components (1.2.1), not stationary storage (4.1.8)",
  params=[("annual_capacity", 15, "GWh")])
r("Construction of a battery-electric heavy-duty truck assembly line with an annual capacity of 10,000 vehicles, including a motor and controller workshop.",
  "en", "3612", ["1.2.1"], "electric heavy-truck plant announcements")
r("3000吨级纯电动内河集装箱船及LNG双燃料沿海散货船建造项目（在既有船台实施，不新建船坞）。",
  "zh", "3731", ["1.2.2"], "shipyards' green-ship orders", blue="marine",
  note="green ship manufacture; shipyard construction is excluded by the item name, and none is built here")
r("甲醇双燃料动力集装箱船批量建造项目，单船载箱量16000TEU，满足IMO Tier III排放要求。",
  "zh", "3731", ["1.2.2"], "methanol dual-fuel container ship newbuild orders", blue="marine")
r("城市轨道交通车辆及高速动车组转向架、牵引系统生产线技术升级项目。",
  "zh", "3720", ["1.2.3"], "rolling-stock manufacturer projects")
r("自动化集装箱码头全电动岸桥和轨道吊制造项目，年产岸桥40台、自动化轨道吊120台，供应国内外港口。",
  "zh", "3432", ["1.2.5"], "port-crane manufacturers supplying automated terminals", blue="marine",
  conf="judgement", note="port handling equipment manufacture (1.2.5); marine-related through ports (sustainable port logistics)")
r("某热电企业对4台75t/h工业锅炉实施燃烧优化和烟气余热深度回收改造，锅炉热效率由86%提高至91%。",
  "zh", "4430", ["1.3.1"], "industrial boiler efficiency retrofits in energy-saving programmes",
  params=[("efficiency_before", 86, "%"), ("efficiency_after", 91, "%")],
  note="boiler energy-saving retrofit of industrial (not power-generating) boilers")
r("Replacement of 120 old asynchronous motors with IE4 permanent-magnet motors and variable-frequency drives on pumps and fans across a paper mill, saving about 9 GWh per year.",
  "en", "2221", ["1.3.2"], "motor-system efficiency programmes in industry", transition=True,
  params=[("electricity_saved", 9, "GWh/yr")])
r("县域配电网节能改造：更换高损耗配电变压器1200台为一级能效非晶合金变压器，实施无功补偿及线路改造，综合线损率降低1.2个百分点。",
  "zh", "4420", ["1.3.3"], "grid companies' distribution-loss reduction projects")
r("钢铁企业高炉煤气余压发电（TRT）及烧结环冷机余热发电项目，装机容量25MW，年发电量1.6亿千瓦时。",
  "zh", "3110", ["1.3.4"], "steel-plant waste-heat and residual-pressure power projects", transition=True,
  params=[("installed_capacity", 25, "MW"), ("annual_generation", 160, "GWh")],
  note="waste heat/pressure utilisation (1.3.4); a steel plant's decarbonisation is also transition-relevant")
r("水泥熟料生产线纯低温余热发电系统建设，配套9MW余热电站，年节约标准煤约2.3万吨。",
  "zh", "3011", ["1.3.4"], "cement waste-heat power generation projects", transition=True,
  params=[("installed_capacity", 9, "MW"), ("coal_saved", 23000, "tce/yr")])
r("玻璃窑炉烟气余热回收用于厂区供暖及生活热水，替代燃气锅炉。",
  "zh", "3041", ["1.3.4"], "glass-furnace waste-heat recovery", transition=True)
r("市政道路及隧道照明LED节能改造，更换高压钠灯2.6万盏，配套单灯控制系统，年节电约1200万千瓦时。",
  "zh", "7810", ["1.3.5"], "municipal street-lighting EPC projects",
  params=[("lamps_replaced", 26000, "units")])
r("沿海散货船队节能升级改造：加装节能导管、螺旋桨抛光、主机降功率改造及岸电受电装置，单船油耗下降约8%。",
  "zh", "5522", ["1.3.6"], "shipowners' vessel energy-efficiency retrofits", blue="marine",
  params=[("fuel_saving", 8, "%")])
r("Retrofit of four harbour tugs from diesel to battery-diesel hybrid propulsion with shore-charging capability.",
  "en", "3735", ["1.3.6"], "tug electrification retrofits in Chinese ports", blue="marine")
r("钢铁企业高炉、转炉系统节能降碳改造，工序能耗达到行业能效标杆水平，年减排二氧化碳约35万吨。",
  "zh", "3120", ["1.4.1"], "steel-sector benchmark-level efficiency retrofits", transition=True,
  params=[("co2_reduced", 350000, "tCO2/yr")])
r("电解铝企业实施电解槽结构优化和余热回收节能降碳改造，吨铝交流电耗降至13000kWh以下。",
  "zh", "3216", ["1.4.1", "1.3.4"], "aluminium smelter efficiency upgrades", transition=True,
  params=[("power_per_t_al", 13000, "kWh/t")], conf="judgement",
  note="key-industry retrofit (1.4.1); the waste-heat component also fits 1.3.4")
r("以废钢为原料的全废钢电弧炉短流程炼钢工艺替代长流程高炉转炉产能置换项目，吨钢碳排放下降约70%。",
  "zh", "3120", ["1.4.2"], "EAF short-process steel conversion projects", transition=True,
  conf="judgement", note="process change in a key industry (1.4.2); capacity replacement rather than expansion")
r("Cement plant process optimisation: replacing part of the clinker with calcined clay and switching 30% of kiln fuel to refuse-derived fuel.",
  "en", "3011", ["1.4.2"], "cement decarbonisation pilots (clinker substitution, alternative fuels)", transition=True,
  conf="judgement", note="process improvement and feedstock/fuel substitution in building materials")
r("石化企业能源管控中心及数字孪生工厂建设，实现全流程能耗在线优化与智能调度。",
  "zh", "2511", ["1.4.3"], "digital/intelligent upgrades of refineries", transition=True,
  conf="judgement", note="digital and intelligent upgrading in a key industry (1.4.3)")
r("燃煤电厂15万吨/年燃烧后二氧化碳捕集及驱油封存示范工程，捕集率不低于90%。",
  "zh", "4411", ["1.5.1"], "CCUS demonstrations at coal power plants (e.g. Jiangsu, Shaanxi)", transition=True,
  params=[("capture_capacity", 150000, "tCO2/yr"), ("capture_rate", 90, "%")],
  note="CCUS is eligible (1.5.1) even at a coal plant; the plant itself is not")
r("A 500,000 t/yr carbon capture facility at a coal-to-chemicals plant, with CO2 piped to an oilfield for enhanced oil recovery and geological storage.",
  "en", "2614", ["1.5.1"], "large CCUS projects in Xinjiang/Ordos", transition=True,
  params=[("capture_capacity", 500000, "tCO2/yr")], conf="judgement",
  note="CCUS (1.5.1); the coal-to-chemicals host plant is not eligible")
r("制冷剂生产企业HCFC-22替代项目，建设低GWP制冷剂R290及HFO生产装置。",
  "zh", "2614", ["1.5.2"], "ODS-phase-out projects under the Montreal Protocol")

# ---------------------------------------------------------------- 2 环境保护产业
r("袋式除尘器、SCR脱硝催化剂和湿法脱硫成套设备生产基地扩建项目。",
  "zh", "3591", ["2.1.1", "2.1.7"], "air-pollution-control equipment makers", conf="judgement",
  note="air-pollution-control equipment (2.1.1); the SCR catalyst is a treatment material (2.1.7)")
r("Manufacture of containerised MBR wastewater treatment units for rural towns, 5,000 units per year.",
  "en", "3591", ["2.1.2"], "water-treatment equipment makers")
r("水质在线监测仪、大气VOCs在线监测系统等环境监测仪器研发生产项目。",
  "zh", "4021", ["2.1.10"], "environmental-monitoring instrument makers")
r("年产5万吨水性工业涂料及粉末涂料项目，替代溶剂型涂料，产品VOCs含量符合低挥发性有机化合物含量涂料标准。",
  "zh", "2641", ["2.1.8"], "waterborne-coating substitution projects")
r("生物农药及微生物菌剂生产线建设，产品为高效低毒低残留生物农药。",
  "zh", "2632", ["2.1.9"], "biopesticide plants")
r("钢铁企业烧结机烟气循环及脱硫脱硝除尘一体化改造，颗粒物、SO2、NOx排放浓度分别不高于10、35、50mg/m³。",
  "zh", "3110", ["2.2.2", "2.2.1"], "steel ultra-low-emission retrofits",
  params=[("pm", 10, "mg/m3"), ("so2", 35, "mg/m3"), ("nox", 50, "mg/m3")], conf="judgement",
  note="meets ultra-low-emission limits in a key industry (2.2.2); also a desulphurisation/denitrification retrofit (2.2.1)")
r("化工园区企业VOCs综合治理：建设RTO蓄热式焚烧装置，实施储罐油气回收和LDAR泄漏检测与修复。",
  "zh", "2614", ["2.2.3"], "VOC abatement in chemical parks")
r("焦化企业原料场全封闭改造和物料输送系统密闭，控制无组织排放。",
  "zh", "2521", ["2.2.4"], "fugitive-emission control at coking plants", transition=False)
r("城区建筑工地扬尘在线监测与渣土运输车辆密闭化改造。",
  "zh", "7722", ["2.2.5"], "urban dust-control programmes")
r("饮用水水源地保护工程：一级保护区隔离防护、面源截污和水源涵养林建设。",
  "zh", "7721", ["2.3.1"], "drinking-water source protection projects", blue="water")
r("胶州湾入海河流综合整治及近岸海域水环境提升工程，建设截污管网、河口人工湿地和海湾清淤。",
  "zh", "7721", ["2.3.2"], "Jiaozhou Bay remediation programmes", blue="marine")
r("Remediation of a river basin feeding Taihu Lake: sewage interception, ecological buffer strips and sediment dredging to restore water quality.",
  "en", "7721", ["2.3.2"], "basin remediation around major lakes", blue="water")
r("城市建成区黑臭水体整治：截污纳管、内源清淤、生态补水及河道生态修复，消除黑臭河道12条。",
  "zh", "7721", ["2.3.3"], "urban black-odorous water remediation", blue="water")
r("印染企业废水深度处理及中水回用改造，出水COD低于50mg/L，回用率60%。",
  "zh", "1713", ["2.3.4", "3.2.2"], "textile-dyeing wastewater upgrades", blue="water", conf="judgement",
  note="key-industry water-pollution control (2.3.4); the reuse part also fits 3.2.2")
r("化工园区污水集中处理厂二期工程，规模3万吨/日，配套园区管网和应急事故池。",
  "zh", "4620", ["2.3.5"], "industrial-park wastewater plants", blue="water",
  params=[("capacity", 30000, "m3/d")])
r("重金属污染耕地安全利用与治理修复项目，涉及耕地1.2万亩，采用钝化剂和低积累品种替代。",
  "zh", "7726", ["2.4.1"], "farmland soil remediation pilots")
r("原化工厂搬迁遗留污染地块土壤和地下水修复工程，采用原位热脱附和抽出处理工艺。",
  "zh", "7726", ["2.4.2"], "brownfield remediation of relocated chemical plants")
r("危险废物集中处置中心：建设回转窑焚烧线3万吨/年、刚性填埋场及物化处理车间。",
  "zh", "7724", ["2.5.2"], "hazardous-waste treatment centres",
  params=[("incineration_capacity", 30000, "t/yr")])
r("Construction of a medical-waste treatment plant using high-temperature steam sterilisation, 20 t/day, serving a prefecture-level city.",
  "en", "7724", ["2.5.2"], "medical-waste treatment projects")
r("抗生素生产企业新污染物治理示范：废水中抗生素残留深度去除和菌渣无害化处置。",
  "zh", "2710", ["2.5.5"], "emerging-pollutant pilots in pharmaceuticals", conf="judgement",
  note="emerging pollutants (antibiotic residues) control (2.5.5)")
r("电镀园区集中治污设施建设及入园企业清洁生产改造，含重金属废水分质处理。",
  "zh", "3360", ["2.5.7", "2.5.6"], "electroplating-park centralisation", conf="judgement",
  note="centralised park pollution treatment (2.5.7); the cleaner-production part fits 2.5.6")
r("港口船舶污染物接收、转运及处置设施建设，配套码头油气回收和散货堆场防风抑尘网。",
  "zh", "5532", ["2.5.9"], "port pollution-reception facilities", blue="marine")
r("规模化生猪养殖场粪污资源化利用工程：建设厌氧发酵、沼液贮存和有机肥车间，粪污综合利用率达95%。",
  "zh", "0313", ["2.5.10", "3.2.4"], "livestock-manure treatment programmes", transition=True, conf="judgement",
  note="livestock waste pollution control (2.5.10); the organic-fertiliser resource use also fits 3.2.4")
r("Rural domestic sewage treatment and toilet-renovation programme covering 85 villages, with small constructed-wetland treatment stations.",
  "en", "4620", ["2.5.11"], "rural living-environment programmes", blue="water")
r("县域农村人居环境整治提升：农村生活垃圾收运体系、村庄污水管网及村容村貌提升。",
  "zh", "7820", ["2.5.11"], "county rural living-environment upgrades")

# ---------------------------------------------------------------- 3 资源循环利用产业
r("废旧动力电池梯次利用和再生利用装备研发制造，产品包括自动拆解线、破碎分选设备。",
  "zh", "3591", ["3.1.5"], "battery-recycling equipment makers")
r("反渗透海水淡化成套装置及能量回收装置制造项目，单套产能1万吨/日。",
  "zh", "3597", ["3.1.2"], "desalination-equipment manufacturers", blue="marine",
  note="manufacture of water-recycling / desalination equipment (3.1.2)")
r("青岛某海水淡化厂二期扩建工程，新增日产淡水10万吨，采用双膜法反渗透工艺，产水并入市政管网。",
  "zh", "4630", ["3.2.2"], "Qingdao desalination plants financed by blue bonds", blue="marine",
  params=[("capacity", 100000, "m3/d")], note="seawater desalination (GB/T 4630 is listed under 3.2.2)")
r("Seawater reverse-osmosis desalination plant of 50,000 m3/day supplying an island county, financed by a blue medium-term note.",
  "en", "4630", ["3.2.2"], "blue MTN for desalination (first domestic blue bond)", blue="marine",
  params=[("capacity", 50000, "m3/d")])
r("沿海石化园区海水淡化及浓盐水综合利用项目，淡化水供园区工业用水，浓海水用于制盐。",
  "zh", "4630", ["3.2.2"], "industrial desalination with brine use", blue="marine", conf="judgement",
  note="desalination (3.2.2); brine use is part of the same water-resource project")
r("城市再生水厂建设，规模8万吨/日，再生水用于工业冷却、河道生态补水和市政杂用。",
  "zh", "4620", ["3.2.2", "6.4.7"], "reclaimed-water plants", blue="water", conf="judgement",
  note="reclaimed-water reuse (3.2.2); as a sewage-treatment facility it also fits 6.4.7")
r("钢铁企业全厂水系统节水改造及废水零排放工程，吨钢新水耗降至2.5立方米。",
  "zh", "3120", ["3.2.2", "2.3.4"], "steel-plant water saving", blue="water", conf="judgement",
  note="industrial water saving (3.2.2); the zero-discharge part also fits 2.3.4")
r("燃煤电厂粉煤灰和脱硫石膏综合利用项目，年产粉煤灰加气砌块及纸面石膏板。",
  "zh", "3024", ["3.2.3"], "fly-ash and FGD-gypsum utilisation", conf="judgement",
  note="comprehensive use of industrial solid waste (3.2.3); the coal plant's by-products are waste, not coal utilisation")
r("Phosphogypsum comprehensive utilisation project producing 600,000 t/yr of building gypsum and cement retarder.",
  "en", "3012", ["3.2.3"], "phosphogypsum utilisation in Yunnan/Guizhou")
r("秸秆综合利用项目：建设秸秆收储中心12个及年产10万吨秸秆生物质成型燃料厂。",
  "zh", "2542", ["3.2.4", "4.2.3"], "crop-straw utilisation programmes", conf="judgement",
  note="agricultural waste utilisation (3.2.4); pellet fuel production is also listed for biomass (4.2.3)")
r("废旧动力电池回收及再生利用项目，年处理退役电池5万吨，回收镍钴锂等有价金属。",
  "zh", "4210", ["3.2.5"], "battery-recycling plants", params=[("annual_capacity", 50000, "t")])
r("报废机动车回收拆解及汽车零部件再制造基地建设。",
  "zh", "4210", ["3.2.5"], "end-of-life vehicle recycling and remanufacturing")
r("Recycling plant turning post-consumer PET bottles into food-grade rPET flakes, 60,000 t/yr.",
  "en", "4220", ["3.2.5"], "plastics-recycling projects")
r("海洋垃圾和废弃渔网回收再生项目：在沿海渔港建设回收站，废旧渔网再生为尼龙切片。",
  "zh", "4220", ["3.2.5"], "ocean-plastic and fishing-net recycling", blue="marine", conf="judgement",
  note="recycling of waste materials (3.2.5); ocean-bound plastic makes it blue")
r("餐厨垃圾资源化处理厂，处理规模500吨/日，厌氧产沼用于发电，沼渣制有机肥。",
  "zh", "7820", ["3.2.6"], "food-waste treatment plants", conf="judgement",
  note="resource recovery from refuse (3.2.6); biogas power is a by-product")
r("建筑垃圾资源化利用项目，年处理建筑垃圾100万吨，生产再生骨料和再生砖。",
  "zh", "4220", ["3.2.6", "3.2.3"], "construction-waste recycling", conf="judgement",
  note="scope boundary between refuse (3.2.6) and solid-waste utilisation (3.2.3) is not explicit in the data")
r("钢铁企业转炉煤气和焦炉煤气回收利用，建设煤气柜及燃气发电机组。",
  "zh", "3120", ["3.2.7", "1.3.4"], "steel-plant by-product gas recovery", transition=True, conf="judgement",
  note="waste-gas recovery (3.2.7 lists 3110/3120); gas-fired waste-energy power also fits 1.3.4")
r("钢厂尾气生物发酵制燃料乙醇项目，年产燃料乙醇4.5万吨。",
  "zh", "2614", ["3.2.7"], "steel off-gas to ethanol plants", transition=True)
r("国家级经开区循环化改造：建设园区固废集中利用中心、中水回用管网和企业间蒸汽梯级利用管网。",
  "zh", "7221", ["3.2.8"], "park circular-economy retrofits")
r("Comprehensive utilisation of low-grade iron ore tailings: re-beneficiation to recover iron concentrate and use of residues as construction sand.",
  "en", "0810", ["3.2.1"], "tailings reprocessing projects")
