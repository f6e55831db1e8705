# Evaluation records, part 5: the second holdout split ('holdout-2'), written in one pass after the classifier, its
# vocabulary and signals were frozen, labelled from the catalogue's item scope (tree.json, 2021 condition texts via
# the crosswalk) without running the classifier or reading the vocabulary, and never used to tune anything.
import eval_data_4  # noqa: F401  (registers parts 1–4 first)
from eval_data_1 import R, r

START = len(R)
N = "none"

# ---------------------------------------------------------------- 1 节能降碳产业
r("公司拟投资4.2亿元建设蓄热式高效铝熔炼炉及工业电阻炉生产线，达产后年产各类节能工业炉窑260台（套），产品热效率较传统燃气熔炼炉提高15个百分点以上。",
  "zh", "3461", ["1.1.2"], "industrial-furnace makers' capacity announcements", params=[("annual_output", 260, "sets")])
r("高效低排放柴油发动机（非道路第四阶段）智能制造项目，年产发动机8万台，燃油消耗率较上一代产品降低6%。",
  "zh", "3412", ["1.1.3"], "engine makers' upgrade projects", conf="judgement",
  note="manufacture of energy-efficient internal combustion engines is item 1.1.3; taken to meet its efficiency criteria as stated (6% lower fuel consumption)",
  params=[("annual_output", 80000, "units"), ("fuel_saving", 6, "%")])
r("高效离心泵及干式螺杆真空泵制造项目，产品效率达到GB 19762节能评价值，年产3万台。",
  "zh", "3441", ["1.1.5"], "pump makers' green-loan disclosures", params=[("annual_output", 30000, "units")])
r("两级压缩永磁变频螺杆空气压缩机扩产项目，产品能效等级达到GB 19153一级，新增产能1.2万台/年。",
  "zh", "3442", ["1.1.6"], "air-compressor makers",
  params=[("efficiency_grade", "GB 19153 grade 1", None), ("annual_output", 12000, "units")])
r("EC外转子节能风机及高效离心通风机生产线技术改造",
  "zh", "3462", ["1.1.8"], "fan manufacturers' technical upgrades")
r("超市用二氧化碳跨临界制冷陈列柜及商用冷柜生产基地建设，产品能效优于国家一级能效标准，不使用含氢氯氟烃制冷剂。",
  "zh", "3464", ["1.1.13", "1.5.2"], "commercial-refrigeration makers", conf="judgement",
  note="energy-efficient commercial equipment (1.1.13); the CO2 refrigerant replacing HCFCs also fits ODS substitution (1.5.2 lists 3464)")
r("家用高效燃气灶具及节能型生物质炊事采暖炉生产项目，燃气灶热效率不低于63%（一级能效）。",
  "zh", "3861", ["1.1.16"], "stove makers", params=[("thermal_efficiency", 63, "%")])
r("智能电能表、NB-IoT智能燃气表及企业能耗在线监测终端研发制造",
  "zh", "4012", ["1.1.19"], "metering-equipment makers")
r("新能源通用航空器产业化项目：年产纯电动双座教练机及电动垂直起降飞行器（eVTOL）共200架。",
  "zh", "3741", ["1.2.4"], "electric general-aviation aircraft makers", conf="judgement",
  note="electric aircraft read as advanced high-efficiency aviation equipment (1.2.4); no threshold checked")
r("Newbuilding of six 82,000 dwt bulk carriers with ammonia-ready dual-fuel engines and shaft generators, meeting EEDI Phase 3.",
  "en", "3731", ["1.2.2"], "green-ship newbuild orders", blue="marine")
r("车用固态锂电池及电池管理系统研发生产基地项目（一期），规划产能8GWh。",
  "zh", "3841", ["1.2.1"], "NEV battery plants", params=[("annual_capacity", 8, "GWh")])
r("高效节能立式辊磨及辊压机等水泥、矿渣粉磨装备制造",
  "zh", "3515", ["1.1.12"], "building-materials machinery makers")
r("工业用高效同步发电机及发电机组生产项目，年产1500台。",
  "zh", "3811", ["1.1.4"], "generator makers")
r("节能型大马力拖拉机和电动植保无人机制造项目，年产拖拉机3000台、无人机5000架。",
  "zh", "3571", ["1.1.11"], "agricultural-machinery makers", conf="judgement",
  note="energy-saving agricultural machinery (1.1.11); the drones are plant-protection machinery")
r("陶瓷企业辊道窑节能改造：采用富氧燃烧、窑体保温和余热回用干燥，单位产品综合能耗下降18%。",
  "zh", "3071", ["1.3.1", "1.4.1"], "ceramic-kiln retrofits", transition=True, conf="judgement",
  note="kiln energy-saving retrofit (1.3.1); ceramics are building materials, so also a key-industry efficiency retrofit (1.4.1)",
  params=[("energy_saving_rate", 18, "%")])
r("自来水公司取水泵站和加压泵站电机系统能效提升改造：更换IE4高效电机及变频调速装置，年节电约650万千瓦时。",
  "zh", "4610", ["1.3.2"], "water-utility pump-efficiency programmes",
  note="motor-system efficiency (1.3.2); energy saving at a water utility is not water management, so not blue",
  params=[("electricity_saved", 6.5, "GWh/yr")])
r("Rural grid loss reduction: replacing 900 km of aged 10 kV lines and 1,500 high-loss distribution transformers, plus reactive-power compensation, cutting line losses by 1.5 percentage points.",
  "en", "4420", ["1.3.3"], "rural grid upgrade programmes")
r("硫酸装置低温位热能回收发电项目，利用硫磺制酸反应余热，年发电量约4800万千瓦时，年节约标准煤1.5万吨。",
  "zh", "2611", ["1.3.4"], "sulphuric-acid waste-heat recovery", transition=True,
  params=[("annual_generation", 48, "GWh"), ("coal_saved", 15000, "tce/yr")])
r("全市中小学教室照明改造：更换LED护眼灯具4.3万套，配套智能调光控制。",
  "zh", "8321", ["1.3.5"], "school lighting retrofits", params=[("lamps_replaced", 43000, "units")])
r("远洋集装箱船节能降碳改造：加装转子风帆助推装置和空气润滑系统，并对主机进行降功率优化，预计单船年减少燃油消耗约2000吨。",
  "zh", "3735", ["1.3.6"], "wind-assisted propulsion retrofits", blue="marine", params=[("fuel_saved", 2000, "t/yr")])
r("炼油企业常减压及催化裂化装置加热炉能效提升、蒸汽动力系统优化改造，装置能效达到标杆水平，年减排二氧化碳约12万吨。",
  "zh", "2511", ["1.4.1", "1.3.1"], "refinery benchmark-efficiency retrofits", transition=True, conf="judgement",
  note="key-industry (petrochemical) efficiency retrofit (1.4.1); the furnace part also fits 1.3.1",
  params=[("co2_reduced", 120000, "tCO2/yr")])
r("合成氨企业以可再生能源电解水制取的绿氢替代部分天然气制氢原料，年替代灰氢2万吨，配套建设电解槽和储氢罐。",
  "zh", "2621", ["1.4.2", "4.2.8"], "green-ammonia feedstock switches", transition=True, conf="judgement",
  note="feedstock switch in chemicals (process improvement, 1.4.2); the electrolysis and storage plant is also hydrogen infrastructure (4.2.8)")
r("A steelmaker's smart energy management centre with a digital twin of its blast furnaces and real-time optimisation of gas, steam and power balances.",
  "en", "3110", ["1.4.3"], "steel digitalisation projects", transition=True, conf="judgement",
  note="digital and intelligent upgrade in a key industry (1.4.3); transition because it cuts energy use in steelmaking")
r("钢铁企业石灰窑尾气二氧化碳捕集提纯项目，年捕集CO2 5万吨，产品为食品级液态二氧化碳和焊接保护气。",
  "zh", "3120", ["1.5.1"], "CO2 capture at steel-plant lime kilns", transition=True,
  params=[("capture_capacity", 50000, "tCO2/yr")])
r("聚氨酯硬泡生产线发泡剂替代改造，以环戊烷和HFO替代HCFC-141b，每年淘汰含氢氯氟烃使用量800吨。",
  "zh", "2924", ["1.5.2"], "HCFC phase-out in foam production")
r("水泥熟料生产线替代燃料改造：利用生活垃圾衍生燃料（RDF）和废轮胎替代30%燃煤，年减排二氧化碳约8万吨。",
  "zh", "3011", ["1.4.2", "3.2.6"], "cement alternative-fuel projects", transition=True, conf="judgement",
  note="fuel substitution in building materials (1.4.2); using refuse-derived fuel is also resource recovery from refuse (3.2.6)",
  params=[("co2_reduced", 80000, "tCO2/yr")])
r("Replacing two gas-fired calciners at an alumina refinery with electric calcination powered by renewable electricity.",
  "en", "3216", ["1.4.2"], "alumina-refinery electrification pilots", transition=True, conf="judgement",
  note="process change in non-ferrous metals (1.4.2)")

# ---------------------------------------------------------------- 2 环境保护产业
r("土壤及地下水修复装备产业化：原位热脱附成套设备、土壤淋洗一体机和多相抽提设备，年产60台套。",
  "zh", "3591", ["2.1.3"], "remediation-equipment makers")
r("智能垃圾分类箱、压缩式中转站设备及密闭式垃圾收集车上装制造",
  "zh", "3591", ["2.1.4"], "waste-collection equipment makers")
r("高速公路及城市轨道交通声屏障、隔声吸声板生产线建设",
  "zh", "3311", ["2.1.5"], "noise-barrier makers")
r("Production line for radioactive waste treatment systems (spent resin and evaporator concentrate) supplied to nuclear power plants.",
  "en", "3591", ["2.1.6"], "radwaste-equipment makers")
r("年产10万吨聚合氯化铝及复合除磷剂等水处理药剂项目",
  "zh", "2666", ["2.1.7"], "water-treatment chemical plants", params=[("annual_output", 100000, "t")])
r("含汞废物和废荧光灯管汞回收处理成套装备研发制造，服务《关于汞的水俣公约》履约。",
  "zh", "3591", ["2.1.11"], "mercury-waste equipment makers", conf="judgement",
  note="equipment treating a convention-controlled substance (mercury, Minamata Convention) is 2.1.11")
r("浮法玻璃生产线烟气脱硫脱硝除尘一体化治理工程，颗粒物、二氧化硫、氮氧化物排放浓度分别低于10、50、200毫克/立方米。",
  "zh", "3041", ["2.2.1"], "glass-furnace flue-gas treatment",
  note="industrial desulphurisation/denitrification/dust removal (2.2.1); pollution control only, so not transition",
  params=[("pm", 10, "mg/m3"), ("so2", 50, "mg/m3"), ("nox", 200, "mg/m3")])
r("Ultra-low emission retrofit of a cement plant's kiln and grinding systems, with SNCR+SCR denitrification and bag filters, bringing NOx below 50 mg/m3.",
  "en", "3011", ["2.2.2", "2.2.1"], "cement ultra-low-emission retrofits", conf="judgement",
  note="ultra-low emission in a key industry (2.2.2); also denitrification/dust removal (2.2.1); air pollution only, not transition",
  params=[("nox", 50, "mg/m3")])
r("汽车整车厂涂装车间VOCs深度治理：沸石转轮浓缩+RTO焚烧，喷漆废气收集率90%以上。",
  "zh", "3611", ["2.2.3"], "VOC abatement in car paint shops")
r("石灰石矿山破碎筛分车间密闭、喷雾抑尘和矿区道路硬化工程",
  "zh", "1011", ["2.2.4"], "fugitive-dust control at quarries")
r("城市道路机械化清扫保洁车辆购置及渣土运输车辆密闭化改造，降低道路扬尘。",
  "zh", "7820", ["2.2.5"], "urban road-dust programmes", conf="judgement",
  note="the purpose is urban dust control (2.2.5); the sweepers are not new-energy vehicles")
r("老城区餐饮单位油烟净化设施升级及油烟在线监控平台建设，覆盖餐饮门店1800家。",
  "zh", "7722", ["2.2.6"], "catering-fume control programmes")
r("规模化蛋鸡场氨减排工程：鸡舍负压通风除臭、鸡粪密闭发酵和氨气洗涤塔。",
  "zh", "0321", ["2.2.7", "2.5.10"], "ammonia control at poultry farms", conf="judgement",
  note="atmospheric ammonia control (2.2.7); as manure handling at a livestock farm also 2.5.10")
r("Groundwater pollution prevention around a chemical industrial park: anti-seepage retrofit of tanks, a monitoring-well network and a hydraulic containment barrier.",
  "en", "7721", ["2.3.1"], "groundwater protection at chemical parks", blue="water")
r("象山港区域近岸海域污染综合防治：沿岸截污纳管、养殖尾水整治和入海河流清洁小流域建设。",
  "zh", "7721", ["2.3.2"], "bay-wide coastal pollution control", blue="marine",
  note="water-environment remediation of a key sea area (2.3.2); the aquaculture-effluent part is one measure of it")
r("县城9条黑臭河道整治：截污纳管、清淤疏浚和岸带生态种植。",
  "zh", "7721", ["2.3.3"], "county black-odorous water remediation", blue="water")
r("造纸企业制浆废水深度处理改造，新建芬顿氧化和生化处理系统，出水COD稳定低于60mg/L。",
  "zh", "2211", ["2.3.4"], "pulp-mill wastewater upgrades", blue="water",
  note="key-industry water-pollution control (2.3.4); pollution control only, so not transition",
  params=[("cod", 60, "mg/L")])
r("某省级高新区工业污水处理厂及配套管网工程，设计规模5万吨/日，尾水经人工湿地深度净化后排放。",
  "zh", "4620", ["2.3.5"], "industrial-park wastewater plants", blue="water", params=[("capacity", 50000, "m3/d")])
r("受污染耕地安全利用项目：施用土壤调理剂、深翻耕和替代种植，涉及轻中度污染耕地8000亩。",
  "zh", "7726", ["2.4.1"], "farmland safe-use programmes", params=[("area", 8000, "mu")])
r("原焦化厂退役地块土壤污染风险管控与修复工程，修复后用于城市公园建设。",
  "zh", "7726", ["2.4.2"], "brownfield remediation",
  note="remediation of construction land (2.4.2); the former coking use does not make it coal utilisation")
r("湖泊周边农田退水氮磷拦截工程：建设生态沟渠38公里、净化塘和缓冲带，配套废旧农膜回收网点。",
  "zh", "0519", ["2.4.3"], "agricultural non-point-source control", blue="water",
  note="agricultural non-point-source pollution control (2.4.3; the 2021 text names nitrogen/phosphorus interception and film recovery)")
r("一般工业固体废物贮存处置场建设，库容180万立方米，配套防渗和渗滤液处理系统。",
  "zh", "7723", ["2.5.1"], "industrial solid-waste landfills", params=[("volume", 1800000, "m3")])
r("石化园区配套危险废物焚烧处置项目，规模3万吨/年，烟气净化采用急冷和活性炭喷射。",
  "zh", "7724", ["2.5.2"], "hazardous-waste incinerators", params=[("incineration_capacity", 30000, "t/yr")])
r("生活垃圾焚烧飞灰水洗脱氯及资源化处置项目，年处置飞灰6万吨。",
  "zh", "7724", ["2.5.2"], "fly-ash treatment plants", conf="judgement",
  note="MSW-incineration fly ash is hazardous waste (2.5.2); it is not industrial solid waste (3.2.3)")
r("城市快速路沿线敏感点降噪工程，设置声屏障4.6公里并更换低噪声路面。",
  "zh", "4812", ["2.5.3"], "traffic-noise abatement")
r("污水处理厂及垃圾中转站恶臭治理改造：加盖密闭、生物滤池除臭和臭气在线监测。",
  "zh", "7722", ["2.5.4"], "odour-control retrofits", conf="judgement",
  note="odour pollution control (2.5.4); the treatment facilities themselves are not built or upgraded (6.4.7/6.4.8)")
r("PFAS removal at a fluorochemical plant: treating wastewater containing perfluorinated compounds with ion exchange and high-temperature destruction.",
  "en", "2614", ["2.5.5", "2.3.4"], "emerging-pollutant control at fluorochemical plants", blue="water", conf="judgement",
  note="emerging pollutants (PFAS, 2.5.5); as industrial wastewater treatment also 2.3.4")
r("电镀企业清洁生产改造：无氰镀锌替代氰化物镀锌，配套逆流漂洗节水和重金属回收。",
  "zh", "3360", ["2.5.6"], "electroplating cleaner-production retrofits")
r("提前淘汰国三及以下排放标准营运柴油货车补贴及机动车尾气遥感监测系统建设",
  "zh", "7461", ["2.5.8"], "old-truck scrappage and remote-sensing programmes",
  note="transport-vehicle pollution control (2.5.8; the 2021 text names scrapping high-emission vehicles and remote sensing)")
r("沿海港区船舶生活污水、含油污水和船舶垃圾接收转运处置一体化设施建设",
  "zh", "5532", ["2.5.9"], "ship-waste reception at ports", blue="marine")
r("水库周边3000亩池塘养殖尾水治理：经生态沟渠和净化塘处理后排放。",
  "zh", "0412", ["2.5.10"], "pond-aquaculture effluent treatment", blue="water")
r("“千万工程”村庄整治提升项目：农村户厕改造4200户，建设村级污水处理终端36座及垃圾分类收集点。",
  "zh", "7820", ["2.5.11"], "village renovation programmes", blue="water")

# ---------------------------------------------------------------- 3 资源循环利用产业
r("尾矿干排压滤及尾矿再选成套装备制造项目",
  "zh", "3511", ["3.1.1"], "tailings-equipment makers")
r("工业废水回用超滤及反渗透膜组件生产项目，年产膜面积200万平方米。",
  "zh", "3597", ["3.1.2"], "membrane makers", blue="water", conf="judgement",
  note="water-recycling equipment manufacture (3.1.2); flagged blue (water) like the desalination-equipment record")
r("钢渣辊压破碎及磁选处理成套设备生产线建设",
  "zh", "3591", ["3.1.3"], "slag-processing equipment makers")
r("秸秆打捆、粉碎及生物质颗粒成型设备制造",
  "zh", "3572", ["3.1.4", "4.1.3"], "straw-machinery makers", conf="judgement",
  note="agricultural-waste utilisation equipment (3.1.4); pellet mills are also biomass-energy equipment (4.1.3)")
r("餐厨垃圾预处理分选、油水分离及厌氧发酵成套设备研发生产",
  "zh", "3591", ["3.1.6"], "food-waste equipment makers")
r("炼厂和油库油气回收装置及火炬气回收压缩机制造",
  "zh", "3591", ["3.1.7"], "vapour-recovery equipment makers")
r("共伴生资源综合回收：从钒钛磁铁矿选铁尾矿中回收钛精矿和钒，年处理尾矿300万吨。",
  "zh", "0810", ["3.2.1"], "vanadium-titanium tailings utilisation", params=[("annual_capacity", 3000000, "t")])
r("海岛县海水淡化二期工程：新增反渗透淡化规模2万吨/日，配套浓盐水离岸排放管和取水头部生态防护。",
  "zh", "4630", ["3.2.2"], "island desalination plants", blue="marine", params=[("capacity", 20000, "m3/d")])
r("Blue bond proceeds will fund a 100,000 m3/d seawater desalination plant supplying a coastal petrochemical base, with energy-recovery devices cutting power use to 3 kWh/m3.",
  "en", "4630", ["3.2.2"], "blue bonds for industrial desalination", blue="marine",
  params=[("capacity", 100000, "m3/d"), ("specific_energy", 3, "kWh/m3")])
r("工业园区再生水利用工程：将城镇污水处理厂尾水深度处理后供园区企业作冷却水，供水规模4万吨/日。",
  "zh", "4620", ["3.2.2"], "reclaimed water for industrial parks", blue="water", params=[("capacity", 40000, "m3/d")])
r("大型灌区续建配套与节水改造：渠道防渗衬砌120公里、量水设施和高效节水灌溉5万亩。",
  "zh", "0513", ["3.2.2"], "irrigation-district water saving", blue="water", conf="judgement",
  note="efficient agricultural water use (3.2.2 lists irrigation 0513); not high-standard farmland (5.1.5), which is not named")
r("年产120万吨钢渣、矿渣复合微粉项目，产品用作混凝土掺合料。",
  "zh", "3029", ["3.2.3"], "slag-powder plants", params=[("annual_output", 1200000, "t")])
r("畜禽粪污和农作物秸秆制商品有机肥项目，年产有机肥10万吨。",
  "zh", "2625", ["3.2.4", "2.5.10"], "organic-fertiliser plants using farm waste", conf="judgement",
  note="agricultural-waste utilisation (3.2.4); treating livestock manure also fits 2.5.10")
r("废旧纺织品回收分拣及再生纤维项目，年回收处理废旧衣物5万吨。",
  "zh", "4220", ["3.2.5"], "textile-recycling plants")
r("Scrap steel recycling and processing centre supplying sorted, sheared scrap to electric arc furnaces, 1 million t/yr.",
  "en", "4210", ["3.2.5"], "scrap-processing centres",
  note="recycling of waste materials (3.2.5); it supplies EAFs but cuts no emissions at a heavy-industry asset itself")
r("废铅蓄电池收集网络及再生铅项目，年回收处理废铅蓄电池20万吨。",
  "zh", "3212", ["3.2.5"], "secondary-lead plants")
r("大件垃圾和园林垃圾资源化处理中心，年处理能力8万吨，破碎后制生物质燃料。",
  "zh", "7820", ["3.2.6"], "bulky and garden-waste recycling")
r("炼厂干气回收轻烃及氢气提纯项目，年回收氢气1.5万吨。",
  "zh", "2511", ["3.2.7"], "refinery off-gas recovery",
  note="waste-gas recovery (3.2.7); no emission cut is claimed, so not transition")
r("省级化工园区循环化改造：建设公共管廊、蒸汽梯级利用和副产氯化氢综合利用装置，园区资源产出率提高20%。",
  "zh", "7221", ["3.2.8"], "park circular-economy retrofits")
r("木材高效加工利用项目：以小径材和枝桠材为原料生产定向刨花板，并回收废旧木质家具制再生板材。",
  "zh", "2022", ["3.2.9", "3.2.4"], "wood-based panel plants using residues", conf="judgement",
  note="efficient wood processing and recycling (3.2.9); the branch wood is also forestry residue (3.2.4)")

# ---------------------------------------------------------------- 4 能源绿色低碳转型
r("A blade plant producing 120-metre carbon-fibre blades for 18 MW offshore turbines, 400 sets a year.",
  "en", "3415", ["4.1.1"], "offshore blade makers", blue="marine", conf="judgement",
  note="wind equipment manufacture (4.1.1); offshore turbines are blue under the analyst mapping, as in the other records")
r("异质结（HJT）高效光伏电池片项目，规划产能5GW，电池量产转换效率25.5%以上。",
  "zh", "3825", ["4.1.2"], "HJT cell plants", params=[("cell_efficiency", 25.5, "%")])
r("生物质气化炉及生物质热电联产锅炉成套设备制造",
  "zh", "3411", ["4.1.3", "1.1.1"], "biomass-boiler makers", conf="judgement",
  note="biomass energy equipment (4.1.3); biomass boilers are also energy-efficient boilers (1.1.1)")
r("抽水蓄能可逆式水泵水轮机组及发电电动机制造项目，年产机组12台套。",
  "zh", "3414", ["4.1.4"], "pumped-storage turbine makers")
r("三代核电机组反应堆压力容器、蒸汽发生器和主泵制造",
  "zh", "3411", ["4.1.5"], "nuclear-component makers")
r("地热井口换热装置及中低温地热ORC发电机组研发制造",
  "zh", "3811", ["4.1.6"], "geothermal-equipment makers")
r("鹰式波浪能发电装置研制及海试项目，单台装机500kW。",
  "zh", "3737", ["4.1.7"], "wave-energy device development", blue="marine", params=[("unit_capacity", 500, "kW")])
r("年产10GWh钠离子电池储能电芯及储能集装箱系统项目",
  "zh", "3849", ["4.1.8"], "sodium-ion storage plants", params=[("annual_capacity", 10, "GWh")])
r("加氢站用液氢储罐及45MPa隔膜压缩机生产线",
  "zh", "3442", ["4.1.9"], "hydrogen-equipment makers")
r("特高压柔性直流换流阀及直流断路器生产基地建设",
  "zh", "3823", ["4.1.10"], "HVDC-equipment makers")
r("本期蓝色债券募集资金12亿元，全部用于江苏南部海域某海上风电场项目，装机容量400MW，安装单机容量10MW风电机组40台，配套建设220kV海上升压站及海底电缆。项目年上网电量约12亿千瓦时，每年可减少二氧化碳排放约95万吨。",
  "zh", "4415", ["4.2.1"], "blue bonds for offshore wind", blue="marine",
  params=[("installed_capacity", 400, "MW"), ("annual_generation", 1200, "GWh")])
r("Demonstration of a 16 MW floating offshore wind turbine on a semi-submersible platform in 60 m of water, 70 km from shore.",
  "en", "4415", ["4.2.1"], "floating wind demonstrations", blue="marine", params=[("unit_capacity", 16, "MW")])
r("2026年市重点项目清单：城北区100MW风电项目（安装6.25MW风机16台），总投资6.8亿元。",
  "zh", "4415", ["4.2.1"], "municipal key-project lists", params=[("installed_capacity", 100, "MW")])
r("老旧风电场“以大代小”改造升级：拆除49台850kW机组，更换为8台6.7MW机组，总装机由41.65MW增至53.6MW。",
  "zh", "4415", ["4.2.1"], "wind-farm repowering", params=[("installed_capacity", 53.6, "MW")])
r("利用废弃盐田及养殖塘建设渔光互补光伏电站二期，交流侧容量200MW，采用“上可发电、下可养殖”模式。",
  "zh", "4416", ["4.2.2"], "fishery-PV on former salt pans", params=[("installed_capacity", 200, "MW")],
  note="solar facility (4.2.2); pond aquaculture under the panels does not make it blue")
r("Rooftop solar on 40 public schools totalling 16 MW, owned and operated by a local energy investment company.",
  "en", "4416", ["4.2.2", "6.1.5"], "school rooftop solar", conf="judgement",
  note="distributed solar (4.2.2); rooftop PV on buildings also fits 6.1.5")
r("工业园区太阳能中温集热系统，集热面积2万平方米，为印染企业提供工艺热水。",
  "zh", "4430", ["4.2.2"], "industrial solar-thermal systems")
r("沙漠、戈壁、荒漠地区大型光伏基地项目（一期）1GW，配套建设330kV汇集站，板间种植耐旱灌木。",
  "zh", "4416", ["4.2.2"], "desert PV bases", conf="judgement",
  note="solar facility (4.2.2); the shrubs between rows are incidental, not a desertification-control project (5.2.6)",
  params=[("installed_capacity", 1000, "MW")])
r("酒精厂高浓度有机废水沼气发电项目，装机4MW，沼气来自厌氧反应器。",
  "zh", "4417", ["4.2.3"], "biogas power at distilleries", conf="judgement",
  note="biogas power is a biomass-energy facility (4.2.3); the wastewater plant is existing")
r("以玉米秸秆为原料的纤维素乙醇项目，年产5万吨。",
  "zh", "2541", ["4.2.3", "3.2.4"], "cellulosic-ethanol plants", conf="judgement",
  note="biomass liquid fuel (4.2.3); stover use is also agricultural-waste utilisation (3.2.4)")
r("某大江上游200万千瓦水电站项目融资，配套过鱼设施和生态流量泄放设施。",
  "zh", "4413", ["4.2.4"], "large hydropower financing")
r("核能综合利用示范：利用核电机组抽汽为周边城区供暖，供热面积1500万平方米。",
  "zh", "4430", ["4.2.5", "6.5.3"], "nuclear district heating", conf="judgement",
  note="comprehensive use of nuclear energy (4.2.5); low-carbon urban district heating (6.5.3)")
r("砂岩热储地热回灌供暖项目，采灌均衡，供暖面积60万平方米。",
  "zh", "4430", ["4.2.6"], "geothermal heating with reinjection", params=[("heated_area", 600000, "m2")])
r("南海岛礁海洋温差能与波浪能综合利用示范电站建设",
  "zh", "4419", ["4.2.7"], "ocean-energy demonstrations on islands", blue="marine")
r("纯氢长输管道示范工程，管线全长195公里，年输氢能力10万吨。",
  "zh", "5720", ["4.2.8"], "hydrogen pipelines", params=[("pipeline_length", 195, "km")])
r("工业园区大型空气源热泵集中供热站，替代园区燃煤锅炉，供热能力60MW。",
  "zh", "4430", ["4.2.9"], "industrial heat-pump stations")
r("水风光一体化基地：依托流域梯级水电，配套建设风电80万千瓦、光伏120万千瓦，由水电调节实现打捆外送。",
  "zh", "4413", ["4.3.1"], "hydro-wind-solar bases")
r("A 200 MW / 800 MWh vanadium flow battery storage station providing four-hour peak shifting for a provincial grid.",
  "en", "4419", ["4.3.2"], "flow-battery storage stations", params=[("power", 200, "MW"), ("energy", 800, "MWh")])
r("新能源场站配建储能项目：为已并网风电场配建电化学储能50MW/100MWh。",
  "zh", "4415", ["4.3.2"], "storage added to wind farms", params=[("power", 50, "MW"), ("energy", 100, "MWh")])
r("某抽水蓄能电站项目获核准，总装机140万千瓦，上下水库落差约600米。",
  "zh", "4413", ["4.3.3"], "pumped-storage approvals", params=[("installed_capacity", 1400, "MW")])
r("农村小水电绿色改造：增效扩容、生态流量在线监测和鱼道建设，涉及电站8座。",
  "zh", "4413", ["4.3.4"], "green small-hydro renovation")
r("省级电网数字化升级：输变电设备在线监测、配网自愈和调度自动化系统建设。",
  "zh", "4420", ["4.3.5"], "grid digitalisation")
r("A provincial power load management system connecting 30,000 industrial customers' controllable loads for orderly power use and demand response.",
  "en", "4420", ["4.3.6", "7.2.4"], "load-management systems", conf="judgement",
  note="new-type power load management system (4.3.6); demand response is also demand-side management (7.2.4)")
r("工业园区分布式能源项目：屋顶光伏20MW、分散式风电10MW与储能就地消纳，由园区售电公司运营。",
  "zh", "4416", ["4.3.7", "4.2.2"], "park distributed energy", conf="judgement",
  note="distributed energy project (4.3.7); the PV part is also a solar facility (4.2.2)")

# ---------------------------------------------------------------- 5 生态保护修复和利用
r("南繁水稻育种基地及智能化育秧工厂建设",
  "zh", "0511", ["5.1.1"], "rice-breeding bases")
r("省级农作物种质资源库建设，长期库保存能力8万份，配套田间种质圃。",
  "zh", "0511", ["5.1.2"], "crop germplasm banks")
r("稻田综合种养及化肥农药减量示范区：稻虾共作1.2万亩，化肥使用量减少20%，建设田间尾水净化沟。",
  "zh", "0111", ["5.1.3"], "rice-crayfish green farming")
r("绿色食品（A级）大米生产基地及加工厂，订单基地3万亩。",
  "zh", "0111", ["5.1.4"], "certified green-food rice bases")
r("永久基本农田保护区高标准农田提质改造：土地平整、土壤改良、田间灌排和农田防护林网。",
  "zh", "0519", ["5.1.5"], "high-standard farmland upgrades", conf="judgement",
  note="protected cultivation areas / farmland quality (5.1.5; the 2021 text names high-standard farmland)")
r("果园病虫害绿色防控社会化服务：性诱捕、防虫网和天敌释放，服务面积5万亩，化学农药用量减少三分之一。",
  "zh", "0515", ["5.1.6"], "IPM services")
r("“茶旅融合”休闲农业园区建设：茶园观光步道、采茶体验和乡村民宿。",
  "zh", "9030", ["5.1.7"], "tea-tourism parks")
r("东北黑土地保护利用项目：秸秆还田、保护性耕作和侵蚀沟治理，实施面积10万亩。",
  "zh", "0519", ["5.1.8", "5.1.5"], "black-soil protection programmes", conf="judgement",
  note="protection and restoration of an agricultural ecosystem (5.1.8); also farmland protection (5.1.5)")
r("国家储备林项目（二期）：集约人工林栽培、现有林改培和中幼林抚育共12万亩，项目期30年，以林木收益和碳汇收益还款。",
  "zh", "0220", ["5.1.9"], "national reserve-forest loans", params=[("area", 120000, "mu")])
r("Sustainable management of 20,000 ha of collective forest under FSC certification, financed by a forest-carbon linked loan.",
  "en", "0231", ["5.1.9"], "certified forest management loans")
r("林木种质资源库建设：收集保存油松、侧柏等乡土树种种质资源2000份，配套良种采穗圃。",
  "zh", "0211", ["5.1.10", "5.1.1"], "forest gene banks", conf="judgement",
  note="forestry genetic-resource protection (5.1.10); the scion orchard is seedling production (5.1.1)")
r("林下中药材（黄精、重楼）仿野生种植及林下养蜂基地",
  "zh", "0171", ["5.1.11"], "understorey herb cultivation")
r("国有林场森林康养基地建设：森林步道、康养木屋和自然教育中心，不新增建设用地。",
  "zh", "7862", ["5.1.12"], "forest wellness bases")
r("竹资源培育和竹材精深加工：竹林抚育5万亩，建设竹纤维餐具和重组竹地板生产线。",
  "zh", "2041", ["5.1.13"], "bamboo industry projects")
r("肉牛标准化规模养殖场建设，配套青贮饲料基地、粪污处理和种养结合还田，存栏3000头。",
  "zh", "0311", ["5.1.14"], "standardised beef-cattle farms")
r("奶牛场粪污厌氧发酵及甲烷回收利用，减少粪便管理环节甲烷排放约6000吨二氧化碳当量/年，沼气用于场内锅炉。",
  "zh", "0311", ["2.5.10", "4.2.3"], "manure methane recovery on dairy farms", transition=True, conf="judgement",
  note="livestock waste treatment (2.5.10); biogas use is a biomass-energy facility (4.2.3); transition: a named methane cut from farming",
  params=[("ghg_reduced", 6000, "tCO2e/yr")])
r("深远海大型智能化养殖平台建造及运营，单体养殖水体8万立方米，养殖大黄鱼。",
  "zh", "0411", ["5.1.15"], "deep-sea aquaculture platforms", blue="marine")
r("Upgrading 500 traditional wooden fish cages in a bay to HDPE wind- and wave-resistant cages, with feed management reducing nutrient discharge.",
  "en", "0411", ["5.1.15"], "cage-aquaculture upgrades", blue="marine")
r("烟台某海域国家级海洋牧场示范区二期：投放礁体3万空方，增殖海参、鲍鱼，建设海上智能管护平台和水质在线监测系统。",
  "zh", "0411", ["5.1.16"], "national marine-ranching demonstration zones", blue="marine",
  params=[("artificial_reef_volume", 30000, "m3")])
r("Marine ranching zone off Hainan with artificial reefs, coral transplantation and a no-take area, operated by a fisheries cooperative.",
  "en", "0411", ["5.1.16", "5.2.13"], "marine ranches with coral restoration", blue="marine", conf="judgement",
  note="marine ranching (5.1.16); coral transplantation is marine ecological restoration (5.2.13)")
r("某湾海洋牧场建设项目",
  "zh", "0411", ["5.1.16"], "local project lists", blue="marine")
r("长江江豚迁地保护基地及鱼类栖息地修复工程",
  "zh", "7713", ["5.2.1"], "freshwater-species conservation",
  note="biodiversity conservation (5.2.1); freshwater habitat, not water management, so not blue")
r("朱鹮栖息地恢复1200公顷及两处保护区之间的生态廊道建设",
  "zh", "7713", ["5.2.1"], "endangered-bird habitat projects")
r("省级自然保护区管护站、巡护道路和视频监控体系建设，以及核心区生态移民补偿。",
  "zh", "7711", ["5.2.2"], "nature-reserve infrastructure")
r("草原生态保护补助奖励配套项目：退化草场改良8万亩、人工饲草地建设和草原鼠虫害防治。",
  "zh", "0319", ["5.2.4"], "grassland-protection programmes", conf="judgement",
  note="grassland protection and restoration (5.2.4); pest control here is part of it rather than a pest-disaster project (5.2.10)")
r("森林草原防火体系建设：瞭望塔、卫星林火监测平台和防火隔离带300公里。",
  "zh", "0522", ["5.2.5"], "fire-prevention systems")
r("石漠化综合治理工程：封山育林、人工造林种草、坡改梯和小型水利水保工程，治理岩溶面积80平方公里。",
  "zh", "4863", ["5.2.6"], "rocky-desertification control")
r("黄土高原淤地坝除险加固及坡耕地水土流失综合治理",
  "zh", "4863", ["5.2.7"], "check-dam and slope-farmland erosion control")
r("三江源重点生态功能区保护和建设：退化草地治理、湿地保护和生态管护员体系。",
  "zh", "7711", ["5.2.8"], "key ecological-function zones", conf="judgement",
  note="ecological protection of a key region (5.2.8; the 2021 text names Sanjiangyuan); its parts also touch 5.2.4 and 5.2.12")
r("山水林田湖草沙一体化保护和修复工程项目：统筹实施矿山修复、水系连通、退化林修复和农田整治。",
  "zh", "4863", ["5.2.9"], "integrated restoration programmes")
r("松材线虫病疫区除治：清理疫木12万株、诱捕媒介昆虫和无人机监测。",
  "zh", "0521", ["5.2.10"], "pine-wilt control")
r("Reconnecting oxbow lakes with the main river and restoring floodplain wetlands to increase flood storage and drought resilience.",
  "en", "4822", ["5.2.11", "5.2.12"], "river-lake reconnection", blue="water", conf="judgement",
  note="drought and flood prevention in aquatic ecosystems (5.2.11; the 2021 text names water-system reconnection); wetland restoration (5.2.12)")
r("国际重要湿地保护修复：退塘还湿1800亩、鸟类栖息地营造和湿地监测站建设。",
  "zh", "4863", ["5.2.12"], "Ramsar-site restoration", blue="water",
  note="wetland protection and restoration (5.2.12); an inland wetland, so water rather than marine")
r("红树林保护修复专项行动：在湛江沿海营造红树林2600亩，修复退化红树林1500亩，并开展红树林碳汇计量。",
  "zh", "4839", ["5.2.13"], "mangrove restoration", blue="marine")
r("Restoration of 300 ha of eelgrass meadows in a northern bay by seed broadcasting and shoot transplantation, with five years of monitoring.",
  "en", "4839", ["5.2.13"], "seagrass restoration", blue="marine")
r("海岛生态保护修复：岸线整治、海岛植被恢复和海岛污水垃圾处理设施建设",
  "zh", "4839", ["5.2.13"], "island restoration", blue="marine")
r("海岸带生态减灾修复：建设生态海堤6公里，恢复盐沼植被和牡蛎礁。",
  "zh", "4839", ["5.2.13"], "nature-based coastal defence", blue="marine")
r("伏季休渔期间开展海洋增殖放流活动，放流黑鲷、海蜇苗种1.5亿单位。",
  "zh", "0549", ["5.2.14"], "marine stock enhancement", blue="marine")
r("长江禁捕水域鱼类增殖放流及放流效果评估",
  "zh", "0549", ["5.2.14"], "freshwater stock enhancement",
  note="stock enhancement (5.2.14); freshwater, so not blue")
r("Integrated remediation of a coal-mining subsidence area into a wetland park and farmland, including relocation of affected villagers.",
  "en", "7910", ["5.3.1"], "subsidence-area remediation",
  note="remediation of coal-mining subsidence is a 2025 item (5.3.1), not coal utilisation")
r("地下水超采综合治理：以地表水置换地下水开采，关停自备井230眼，实施河道补水回补地下水。",
  "zh", "7620", ["5.3.2"], "groundwater over-extraction control", blue="water")
r("乡镇全域土地综合整治试点：农用地整理1.6万亩、村庄建设用地复垦800亩及生态修复。",
  "zh", "7910", ["5.3.3"], "township land consolidation")
r("闭坑金属矿山地质环境恢复治理：废石场整形覆绿、尾矿库闭库和酸性矿井水治理。",
  "zh", "7729", ["5.3.4"], "closed-mine rehabilitation")

# ---------------------------------------------------------------- 6 基础设施绿色升级
r("本期绿色债券募集资金中8.5亿元用于某新区人才公寓项目，项目按绿色建筑二星级标准设计建造，已取得二星级绿色建筑设计标识，总建筑面积21万平方米。",
  "zh", "4710", ["6.1.1"], "green bonds for green-labelled housing", params=[("green_building_star", 2, "star")])
r("Construction of a hospital campus designed to China's three-star green building standard, with 180,000 m2 of floor area.",
  "en", "4790", ["6.1.1"], "green hospital campuses", params=[("green_building_star", 3, "star")])
r("近零能耗建筑示范：社区服务中心采用高性能围护结构、无热桥设计和高效新风热回收，综合节能率不低于60%。",
  "zh", "4790", ["6.1.2"], "near-zero-energy community buildings", params=[("energy_saving_rate", 60, "%")])
r("Energy retrofit of a 1990s government office complex: external wall insulation, triple-glazed windows, LED lighting and a building energy management system, saving 30% of energy.",
  "en", "4861", ["6.1.3"], "public-building retrofits", params=[("energy_saving_rate", 30, "%")])
r("商场既有建筑绿色化改造，改造后达到既有建筑绿色改造评价标准二星级。",
  "zh", "7020", ["6.1.3"], "mall green retrofits")
r("乡村振兴示范村绿色农房建设：新建农房160户，采用轻钢结构、外墙保温和屋顶光伏。",
  "zh", "4710", ["6.1.4", "6.1.5"], "green rural housing", conf="judgement",
  note="green rural housing (6.1.4); the rooftop PV is building renewable energy (6.1.5)")
r("高校新校区30万平方米地源热泵系统，替代燃气锅炉供暖供冷。",
  "zh", "4861", ["6.1.5", "4.2.9"], "campus ground-source heat pumps", conf="judgement",
  note="renewable energy in buildings (6.1.5); as a heat-pump facility also 4.2.9")
r("装配式钢结构学校建设项目，装配率达到75%，主体结构采用钢框架和预制楼板。",
  "zh", "4790", ["6.1.6"], "prefabricated schools", params=[("prefab_rate", 75, "%")])
r("智能建造试点项目：住宅工程应用BIM正向设计、建筑机器人（地面整平、墙面打磨）和智慧工地管理平台。",
  "zh", "4710", ["6.1.7"], "intelligent-construction pilots")
r("普通国省干线公路绿色低碳改造：沥青路面就地热再生、隧道LED照明改造和边坡生态防护。",
  "zh", "4812", ["6.2.1"], "green trunk-road retrofits")
r("高铁站房绿色化改造：屋面光伏、空调冷源系统改造和照明智能控制",
  "zh", "4861", ["6.2.2", "6.2.8"], "station green retrofits", conf="judgement",
  note="green retrofit of a transport hub (6.2.2); as railway infrastructure also 6.2.8")
r("县域充电基础设施建设：在乡镇和高速服务区建设公共充电站45座、充电桩600个。",
  "zh", "5267", ["6.2.3"], "county charging networks")
r("Installation of 1,200 DC fast chargers at logistics hubs for electric trucks, with 20 MWh of on-site storage.",
  "en", "5267", ["6.2.3"], "truck-charging hubs",
  note="charging facilities (6.2.3); the storage is part of the charging sites")
r("城市智慧交通：公交信号优先、智能停车诱导和交通运行监测平台",
  "zh", "6531", ["6.2.4"], "smart-traffic projects")
r("纯电动汽车分时租赁网络：投放车辆2000辆，在地铁站配建专用停车位。",
  "zh", "7111", ["6.2.5"], "EV car-sharing",
  note="shared-mobility facilities (6.2.5; the 2021 text names time-share car rental)")
r("有轨电车T2线工程，线路长14.2公里，设站17座，采用储能式供电车辆。",
  "zh", "4814", ["6.2.6"], "tram lines")
r("城乡公交一体化：新增纯电动城乡公交线路22条，建设农村客运招呼站和公交首末站。",
  "zh", "5411", ["6.2.6"], "urban-rural bus integration")
r("新建连接地铁站和公园的非机动车专用道及步行绿道60公里",
  "zh", "4813", ["6.2.7"], "cycle-lane programmes")
r("Construction of a 120 km electrified intercity railway with noise barriers and ecological protection along its route.",
  "en", "4811", ["6.2.8"], "intercity railways")
r("“公转水”集装箱内河码头及疏港航道工程，年吞吐能力50万标箱。",
  "zh", "4823", ["6.2.9", "6.2.12"], "road-to-waterway terminals", conf="judgement",
  note="road-to-waterway shift (6.2.9); the port and channel also fit 6.2.12; inland, so not blue")
r("A plant producing 100,000 t/yr of sustainable aviation fuel from used cooking oil via HEFA.",
  "en", "2541", ["4.2.3", "6.2.11"], "SAF plants", conf="judgement",
  note="biomass liquid fuel (4.2.3 lists 2541); SAF serves green civil aviation (6.2.11)")
r("沿海港口岸电设施建设及受电改造：新建低压岸电泊位18个，配套高压变频电源，2026年岸电使用量目标1500万千瓦时。",
  "zh", "4823", ["6.2.12"], "port shore-power programmes", blue="marine")
r("Green port upgrade: electric rubber-tyred gantry cranes, shore power for bulk berths and a wind-solar microgrid at the terminal.",
  "en", "5532", ["6.2.12"], "green-port upgrades", blue="marine")
r("内河高等级航道生态护岸及绿色航道建设",
  "zh", "4823", ["6.2.12"], "green inland waterways", note="green waterway (6.2.12); inland, so not blue")
r("国家物流枢纽绿色化建设：新能源分拨车辆、仓库屋顶光伏和园区能源管理平台。",
  "zh", "5990", ["6.3.1"], "green logistics hubs")
r("Cold storage warehouse of 50,000 tonnes using ammonia/CO2 cascade refrigeration and rooftop solar, certified as a green warehouse.",
  "en", "5930", ["6.3.2"], "green cold storage")
r("中央储备粮库绿色仓储提升：仓房气密保温改造、内环流控温和屋顶光伏。",
  "zh", "5951", ["6.3.3"], "green grain depots")
r("快递企业绿色包装和绿色物流装备应用：循环中转袋全覆盖，投放可循环快递箱20万个。",
  "zh", "6020", ["6.3.4"], "green express-delivery packaging")
r("城市绿化提升：新植行道树5万株，300公顷公园绿地10年养护管理。",
  "zh", "7850", ["6.4.1"], "urban greening contracts")
r("海绵城市建设系统化全域推进示范：建设下凹式绿地、雨水花园、透水铺装和调蓄设施，年径流总量控制率达到75%。",
  "zh", "4813", ["6.4.2"], "sponge-city demonstrations", blue="water", params=[("runoff_control_rate", 75, "%")])
r("供水管网更新改造及漏损控制：更换老旧管网260公里，建设智能远传水表和DMA分区计量。",
  "zh", "4610", ["6.4.3"], "water-network leakage control", blue="water")
r("灌区和水库数字孪生建设：闸门远程控制、水雨情监测和智慧调度系统",
  "zh", "6531", ["6.4.4"], "smart water-conservancy projects", blue="water")
r("城区污水管网CCTV检测800公里及非开挖修复，减少地下水入渗。",
  "zh", "4852", ["6.4.5"], "sewer rehabilitation", blue="water")
r("长江入河排污口排查整治：完成排污口监测溯源和分类整治，规范化建设排污口标识牌及在线监控。",
  "zh", "7721", ["6.4.6"], "river-outfall campaigns", blue="water")
r("县城污水处理厂新建工程，设计规模2万吨/日，出水执行一级A标准，配套污泥脱水至含水率60%以下。",
  "zh", "4620", ["6.4.7"], "county WWTPs", blue="water", params=[("capacity", 20000, "m3/d")])
r("Upgrade of a coastal city's wastewater treatment plant to remove nitrogen and phosphorus before discharge into the bay.",
  "en", "4620", ["6.4.7"], "nutrient removal at coastal WWTPs", blue="marine", conf="judgement",
  note="sewage treatment facility (6.4.7); blue basis marine because it protects the receiving bay")
r("生活垃圾焚烧发电厂三期扩建，新增处理能力1000吨/日。",
  "zh", "4417", ["6.4.8", "3.2.6", "4.2.3"], "waste-to-energy expansions", conf="judgement",
  note="MSW treatment facility (6.4.8); waste-to-energy is also resource recovery (3.2.6) and biomass power (4.2.3)")
r("40万人口城区生活垃圾分类上门收集及垃圾转运站建设",
  "zh", "7820", ["6.4.8"], "waste-sorting collection")
r("工业园区大气环境网格化监测及水质自动站建设",
  "zh", "7461", ["6.4.9"], "park monitoring networks")
r("生态保护红线监管平台及生态安全预警系统建设，整合遥感监测和地面观测数据。",
  "zh", "6531", ["6.4.10", "7.3.6"], "ecological early-warning platforms", conf="judgement",
  note="ecological security early-warning and restoration information platform (6.4.10); as a monitoring service also 7.3.6")
r("Smart upgrade of an urban distribution network: automated switching, fault self-healing and smart meters for 1.2 million households.",
  "en", "4420", ["6.5.1", "4.3.5"], "urban distribution-grid upgrades", conf="judgement",
  note="intelligent urban power facilities (6.5.1); also a smart grid (4.3.5)")
r("城市新区区域能源中心：江水源热泵和冰蓄冷为120万平方米建筑集中供冷供热。",
  "zh", "4430", ["6.5.2", "4.2.9"], "district energy centres", conf="judgement",
  note="urban integrated energy supply (6.5.2); the river-water heat pumps are also a heat-pump facility (4.2.9)")
r("城市集中供热清洁化改造：拆除燃煤小锅炉22台，供热管网并网至工业余热热源，并对换热站进行智能化改造。",
  "zh", "4430", ["6.5.3", "1.3.4"], "clean district-heating retrofits", conf="judgement",
  note="clean/low-carbon district heating (6.5.3); using industrial waste heat also fits 1.3.4")
r("农村清洁能源基础设施：村级光伏电站和生物质成型燃料清洁取暖，覆盖12个行政村。",
  "zh", "4430", ["6.5.4", "4.2.2"], "rural clean-energy infrastructure", conf="judgement",
  note="rural clean-energy infrastructure (6.5.4); the village PV plants also fit 4.2.2")
r("Energy-saving retrofit of a telecom operator's base stations and switching rooms: liquid-cooled cabinets, AI-based sleep modes and high-efficiency rectifiers.",
  "en", "6312", ["6.6.1"], "telecom energy-saving programmes")
r("西部算力枢纽绿色数据中心：设计PUE 1.15，采用间接蒸发冷却，配套风电绿电直连。",
  "zh", "6550", ["6.6.2"], "green data centres", params=[("pue", 1.15, None)])
r("Retrofit of an existing data centre: replacing chillers with free cooling and hot-aisle containment to bring PUE from 1.7 to 1.35.",
  "en", "6550", ["6.6.3"], "data-centre retrofits", params=[("pue_before", 1.7, None), ("pue_after", 1.35, None)])

# ---------------------------------------------------------------- 7 绿色服务
r("海上风电场工程地质勘察服务：海上钻孔、静力触探和海底地形测量。",
  "zh", "7483", ["7.1.1"], "offshore survey contracts", blue="marine", conf="judgement",
  note="survey service for a green project (7.1.1); it serves offshore wind, so marine")
r("为工业园区提供零碳园区规划及分布式能源系统设计服务",
  "zh", "7484", ["7.1.2", "7.1.4"], "zero-carbon park design", conf="judgement",
  note="design services for green projects (7.1.2); the planning part is other green consulting (7.1.4)")
r("污水处理厂及配套管网工程施工监理服务",
  "zh", "7482", ["7.1.3"], "construction supervision")
r("Energy performance contract: an ESCO retrofits a hotel chain's HVAC and hot water with heat pumps and shares the savings over eight years.",
  "en", "7514", ["7.2.2"], "hotel EPC projects", conf="judgement",
  note="the financed party is the ESCO providing EPC (7.2.2); the retrofit itself would be 6.1.3")
r("工业园区合同节水管理：节水服务企业投资建设冷却水循环优化和废水回用设施，按节水量分享收益。",
  "zh", "7499", ["7.2.3"], "water-saving performance contracts", blue="water")
r("再生资源回收第三方服务：为工业企业提供废料分类、回收和资源化的一站式托管服务。",
  "zh", "7499", ["7.2.5"], "third-party recycling services")
r("环保公司以第三方治理模式托管12家企业的脱硫和污水处理设施，按治理效果收费。",
  "zh", "7721", ["7.2.6"], "third-party pollution treatment")
r("突发环境事件环境损害鉴定评估及生态环境损害调查服务",
  "zh", "7499", ["7.3.3", "7.4.8"], "environmental-damage assessment", conf="judgement",
  note="environmental damage monitoring and assessment (7.3.3); damage-compensation appraisal also fits 7.4.8")
r("重点排污单位污染源自动监控设施运维及数据传输服务",
  "zh", "7461", ["7.3.4"], "pollution-source monitoring operators")
r("企业自行监测服务：为化工企业开展废水、废气、厂界噪声和土壤地下水定期监测。",
  "zh", "7461", ["7.3.5"], "enterprise monitoring services")
r("海洋生态预警监测：赤潮、绿潮遥感监测和海洋生态灾害预警服务",
  "zh", "7461", ["7.3.6"], "marine early-warning services", blue="marine")
r("城市大气二氧化碳和甲烷浓度监测网络：高塔观测与卫星数据结合评估排放。",
  "zh", "7461", ["7.3.8"], "urban GHG monitoring")
r("Measurement of carbon stocks in a 2,000 ha mangrove and salt-marsh area to support a blue-carbon credit project.",
  "en", "7462", ["7.3.7"], "blue-carbon measurement", blue="marine")
r("清洁生产审核服务：为80家重点企业开展强制性清洁生产审核并提出中高费方案。",
  "zh", "7499", ["7.4.5"], "cleaner-production audits")
r("环境影响评价及排污许可技术服务",
  "zh", "7499", ["7.4.6"], "EIA consultancies")
r("流域生态环境质量监测与评估：水生生物多样性调查和水生态健康评价",
  "zh", "7461", ["7.4.7"], "basin ecological assessments")
r("地质灾害危险性评估服务",
  "zh", "7499", ["7.4.10"], "geohazard assessments")
r("高速公路项目水土保持评估及水土保持监测服务",
  "zh", "7481", ["7.4.11"], "soil-and-water-conservation assessments")
r("绿色工厂、绿色供应链管理企业第三方评价服务",
  "zh", "7455", ["7.4.12"], "green-factory evaluations")
r("节能环保产品认证及绿色建材产品认证服务",
  "zh", "7455", ["7.5.2"], "green-product certification bodies")
r("绿色低碳技术交易平台：技术成果挂牌、评估和转化服务",
  "zh", "7520", ["7.5.3"], "green-technology exchanges")
r("用能权有偿使用和交易服务",
  "zh", "7499", ["7.6.2"], "energy-use rights trading")
r("Water-rights trading platform enabling irrigation districts to sell saved water quotas to industrial users.",
  "en", "7499", ["7.6.3"], "water-rights exchanges", blue="water")
r("排污权储备与交易服务：主要污染物排污权有偿使用和二级市场交易",
  "zh", "7499", ["7.6.4"], "emission-rights trading")

# ---------------------------------------------------------------- 8 绿色贸易
r("商用节能冷柜、高效商用厨房设备代理销售",
  "zh", "5179", ["8.1.2"], "commercial-equipment distributors")
r("地铁车辆及高铁转向架对东南亚出口贸易",
  "zh", "5179", ["8.2.3"], "rail-equipment exporters")
r("自动化码头岸桥、电动轨道吊出口代理贸易",
  "zh", "5179", ["8.2.5"], "port-crane exporters", blue="marine", conf="judgement",
  note="trade in port handling equipment (8.2.5); marine-related through ports, as for its manufacture (1.2.5)")
r("环境监测仪器仪表批发：在线水质分析仪、烟气排放连续监测系统（CEMS）",
  "zh", "5179", ["8.3.3"], "monitoring-instrument wholesalers")
r("家用空气净化器、新风系统线上零售",
  "zh", "5272", ["8.3.6"], "air-purifier retailers")
r("膜法水处理及节水灌溉设备批发分销",
  "zh", "5171", ["8.4.2", "8.3.8"], "water-equipment distributors", conf="judgement",
  note="trade in water-recycling equipment (8.4.2); irrigation machinery is also special water machinery (8.3.8)")
r("风电齿轮箱、轴承和变流器向中亚风电业主分销",
  "zh", "5179", ["8.5.1"], "wind-component traders")
r("氢燃料电池系统及车载储氢瓶代理销售",
  "zh", "5179", ["8.5.9"], "hydrogen-equipment distributors")
r("社区生鲜连锁门店销售绿色食品、有机农产品，门店120家。",
  "zh", "5223", ["8.6.2"], "green-food retail chains")
r("绿色认证产品（节能、节水、环境标志产品）电商零售平台",
  "zh", "5292", ["8.7.2"], "green-product e-commerce")
r("智能电表、配电自动化终端出口贸易",
  "zh", "5175", ["8.5.10"], "smart-grid exporters")

# ---------------------------------------------------------------- 9 绿色消费
r("个人购买新能源汽车（纯电动、插电式混合动力及燃料电池汽车）消费信贷专项产品",
  "zh", None, ["9.1.1"], "NEV consumer credit")
r("Financial leasing of 200 battery-electric taxis to a taxi company for its own operation.",
  "en", "5413", ["9.1.1"], "taxi-fleet electrification leases", conf="judgement",
  note="acquisition of NEVs for own use (9.1.1); the taxi service is not a new passenger system (6.2.6)")
r("个人购买超低能耗住宅的按揭贷款",
  "zh", None, ["9.1.2"], "green mortgages")
r("Consumer loans for households installing solar water heaters and buying grade-1 energy-efficient appliances.",
  "en", None, ["9.1.3"], "green consumer loans", conf="judgement",
  note="other green consumption (9.1.3); household purchases, not a solar facility (4.2.2)")
r("居民以旧换新购买节能家电和节水器具的绿色消费贷款",
  "zh", None, ["9.1.3"], "trade-in consumer loans", conf="judgement",
  note="other green consumption (9.1.3)")

# ---------------------------------------------------------------- negatives
r("某能源集团2×1000MW高效清洁燃煤发电项目，采用二次再热超超临界技术，供电煤耗低于260克/千瓦时，同步建设烟气超低排放设施。",
  "zh", "4411", N, "coal power marketed as clean", conf="judgement",
  note="coal power without CCUS is not in the 2025 catalogue whatever its efficiency; 'clean and efficient' is green-washing wording")
r("The proceeds will refinance a 2 x 350 MW coal-fired combined heat and power plant described as 'clean and efficient', supplying steam to an industrial park.",
  "en", "4412", N, "coal CHP refinancing", note="coal utilisation removed in 2025; the 'clean' description does not change the asset")
r("煤矿智能化改造项目：建设智能综采工作面和井下5G网络，提升原煤产能至500万吨/年。",
  "zh", "0610", N, "coal-mine digitalisation", note="coal mining; the digital upgrade raises coal output")
r("铁路煤炭集运站及封闭煤仓建设，年集运能力2000万吨。",
  "zh", "5320", N, "coal logistics", conf="judgement",
  note="coal logistics serve coal utilisation; enclosed storage reduces dust but the asset is coal transport")
r("煤电机组“三改联动”之供热改造：实施汽轮机打孔抽汽供热，替代周边工业企业分散燃煤小锅炉。",
  "zh", "4411", N, "coal-power heat-supply retrofits", transition=True, conf="judgement",
  note="coal-power retrofits left the green catalogue; replacing small coal boilers cuts emissions in coal power, so transition-relevant")
r("燃煤机组掺烧农林生物质和城市污泥耦合发电改造，掺烧比例10%。",
  "zh", "4411", N, "biomass co-firing at coal units", transition=True, conf="judgement",
  note="a retrofit of a coal unit: coal utilisation is not in the 2025 catalogue and co-firing is not a biomass facility (4.2.3); transition-relevant as an emission cut in coal power")
r("年产40万吨煤制乙二醇项目（一期）",
  "zh", "2614", N, "coal-to-chemicals", note="coal chemicals are not eligible")
r("兰炭（半焦）生产线技术升级及产能置换",
  "zh", "2521", N, "semi-coke plants", note="coal processing; capacity replacement, no emission cut named")
r("“绿色生态”主题高端别墅社区开发项目，小区绿化率45%，配建人工湖和景观水系。",
  "zh", "7010", N, "green-themed luxury housing", conf="judgement",
  note="greenery ratio and landscaping are not a green-building label (6.1.1) or ecological restoration; 'green' is marketing")
r("本期债券募集资金扣除发行费用后，拟全部用于补充公司流动资金及偿还到期债务。",
  "zh", "4416", N, "general-purpose bonds of a solar producer", conf="judgement",
  note="general corporate purposes: no identifiable project, although the issuer's industry code is solar power")
r("General corporate purposes and refinancing of existing bank loans.",
  "en", "7212", N, "general-purpose financing", note="no use of proceeds named")
r("电解铝产能指标收购及新建40万吨电解铝项目",
  "zh", "3216", N, "aluminium capacity", note="capacity expansion, neither green nor transition")
r("Development of an offshore oil field: two wellhead platforms and 40 km of subsea pipeline.",
  "en", "0711", N, "offshore oil development", note="fossil-fuel extraction; marine but not sustainable use, so not blue")
r("沿海滩涂围垦养殖池塘项目，围垦面积3000亩。",
  "zh", "0411", N, "tidal-flat reclamation for ponds", conf="judgement",
  note="reclaiming tidal flats destroys coastal wetland; not green fisheries (5.1.15) and not blue")
r("公交公司采购国六柴油公交车80辆",
  "zh", "5411", N, "diesel bus purchases", conf="judgement",
  note="diesel buses: 6.2.6 covers green passenger systems and 9.1.1 new energy vehicles, neither applies")
r("18洞高尔夫球场及配套会所建设",
  "zh", "8929", N, "golf courses", note="leisure facility; no catalogue item")
r("城镇燃气管网扩建工程，新建中压燃气管道80公里。",
  "zh", "4511", N, "gas distribution networks", conf="judgement",
  note="natural-gas distribution has no 2025 level-3 item (absence, not an explicit exclusion)")
r("年产80万吨乙烯项目",
  "zh", "2614", N, "ethylene crackers", note="petrochemical capacity; no catalogue item")
r("Expansion of a urea plant by 600,000 t/yr using coal gasification.",
  "en", "2621", N, "coal-based fertiliser capacity", note="coal-based chemical capacity expansion")
r("燃油乘用车发动机生产线扩能项目",
  "zh", "3620", N, "ICE engine lines", conf="judgement",
  note="engines are eligible only as energy-efficient engines (1.1.3); a capacity expansion claiming no efficiency is not")
r("企业ESG品牌宣传及碳中和主题营销活动费用",
  "zh", "7259", N, "ESG marketing", conf="judgement",
  note="marketing spend with green wording; not a green service (7.x)")
r("钢铁企业新建4300毫米宽厚板轧机生产线",
  "zh", "3130", N, "steel rolling capacity", note="new capacity, no efficiency or process cut")
r("新建日熔化量1200吨浮法玻璃生产线",
  "zh", "3041", N, "new glass lines", note="new building-materials capacity")
r("露天煤矿“绿色矿山”建设：排土场复垦绿化与矿区道路硬化，同步实施产能核增至1500万吨/年。",
  "zh", "0610", N, "'green mine' coal expansions", conf="judgement",
  note="mine greening attached to a coal-capacity increase: the financed project is coal mining, not mine rehabilitation (5.3.4)")
r("Working capital facility for a trading company importing thermal coal from Indonesia.",
  "en", "5161", N, "coal-trading working capital", note="coal trade; working capital")
r("五星级酒店装修升级改造及宴会厅扩建",
  "zh", "6110", N, "hotel refurbishments", note="refurbishment without energy or green-building retrofit")
r("年产30万辆燃油乘用车整车项目",
  "zh", "3611", N, "ICE car plants", note="combustion-engine vehicles; 1.2.1 covers new energy vehicles only")

r("燃煤工业锅炉更新改造项目：将4台链条炉更换为高效煤粉锅炉，热效率提高至90%。",
  "zh", "4430", N, "coal-boiler replacements", conf="judgement",
  note="a new coal-fired boiler is coal utilisation, removed in 2025, whatever its efficiency; 1.3.1 retrofits do not cover installing new coal capacity",
  params=[("boiler_efficiency", 90, "%")])
r("乡镇民用散煤配送网点及煤炭储存场地建设",
  "zh", "5161", N, "household-coal distribution", note="coal distribution; coal utilisation is excluded")
r("2×660MW燃煤电厂500千伏送出线路工程",
  "zh", "4420", N, "coal-plant grid connections", conf="judgement",
  note="a transmission line dedicated to a coal plant serves coal power; not smart-grid construction (4.3.5)")
r("火电厂露天储煤场全封闭改造",
  "zh", "4411", N, "coal-yard enclosures", conf="judgement",
  note="dust control at a coal power plant: coal utilisation left the catalogue and 2.2.4 is read as covering industrial plants and mines outside coal power")
r("燃油摩托车整车生产线技术改造及扩产",
  "zh", "3751", N, "motorcycle plants", note="combustion-engine vehicles; no catalogue item")
r("石油钻采专用设备制造扩产项目",
  "zh", "3512", N, "oil-drilling equipment makers", note="fossil-fuel extraction equipment")
r("高速公路服务区新建加油站4座",
  "zh", "5265", N, "fuel stations", note="fuel retail; 6.2.3 covers charging, swapping and gas refuelling, not petrol")
r("新建年产20万吨硅锰合金矿热炉项目",
  "zh", "3140", N, "ferroalloy capacity", note="new energy-intensive capacity")
r("普通商品住宅开发贷款，项目未申报绿色建筑标识。",
  "zh", "7010", N, "ordinary housing loans", note="ordinary real estate without a green-building label")
r("“碳中和产业园”土地一级开发及招商运营，园区规划面积5平方公里。",
  "zh", "7010", N, "'carbon-neutral park' land development", conf="judgement",
  note="land development under a carbon-neutral name: no green building, energy or circular-economy measure is financed")
r("上市公司收购某科技公司股权的并购贷款",
  "zh", "7212", N, "acquisition loans", note="M&A finance with no green use of proceeds")
r("流动资金贷款，用于支付原材料采购款和员工工资。",
  "zh", "1810", N, "working-capital loans", note="general working capital")
r("滨海旅游度假区人工岛填海工程，填海面积120公顷。",
  "zh", "4839", N, "reclamation for resorts", note="reclamation harms coastal ecosystems; not blue")
r("30万吨级原油码头泊位扩建工程",
  "zh", "4823", N, "crude-oil terminals", conf="judgement",
  note="fossil-fuel port capacity: not a green port (6.2.12); marine but not blue")
r("电石法PVC装置扩产项目，新增产能30万吨/年。",
  "zh", "2651", N, "carbide-PVC capacity", note="high-emission chemical capacity")
r("新建年产40万吨漂白化学木浆生产线",
  "zh", "2211", N, "new pulp mills", note="capacity expansion; no efficiency, cleaner-production or pollution-control claim")
r("集团总部办公楼整层购置，建筑未取得绿色建筑标识。",
  "zh", "7211", N, "office purchases", note="purchase of an unlabelled building; 9.1.2 needs a green building")
r("近海大马力拖网渔船新造8艘",
  "zh", "0421", N, "coastal trawler newbuilds", conf="judgement",
  note="expanding trawling capacity is not green fisheries; marine but not sustainable use, so not blue")

HOLDOUT2_IDS = range(START + 1, len(R) + 1)
