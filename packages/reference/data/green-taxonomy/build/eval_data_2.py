# Evaluation records, part 2: families 4–5.
from eval_data_1 import r

# ---------------------------------------------------------------- 4 能源绿色低碳转型
r("16MW级海上风电机组及超长叶片生产基地建设项目，配套建设总装车间和叶片试验台。",
  "zh", "3415", ["4.1.1"], "offshore wind turbine OEM plants in coastal provinces", blue="marine", conf="judgement",
  note="wind equipment manufacture (4.1.1); offshore turbines are blue under the analyst mapping")
r("年产10GW高效N型TOPCon光伏电池及组件项目，组件量产转换效率不低于22.5%。",
  "zh", "3825", ["4.1.2"], "PV cell and module capacity announcements", params=[("module_efficiency", 22.5, "%")])
r("Manufacture of string inverters and power optimisers for distributed PV, 20 GW per year.",
  "en", "3825", ["4.1.2"], "inverter manufacturers")
r("新型储能电池及储能系统集成生产基地，年产储能电芯20GWh、储能变流器5GW。",
  "zh", "3841", ["4.1.8"], "stationary-storage battery plants", params=[("annual_capacity", 20, "GWh")])
r("全钒液流电池电堆及电解液生产项目，年产300MWh。",
  "zh", "3849", ["4.1.8"], "flow-battery manufacturers")
r("碱性及PEM电解水制氢装备制造基地，年产电解槽1.5GW，配套氢气纯化设备生产线。",
  "zh", "3463", ["4.1.9"], "electrolyser makers (hydrogen-chain equipment)", params=[("annual_capacity", 1.5, "GW")])
r("Production line for 70 MPa Type IV hydrogen storage cylinders and hydrogen fuel-cell stacks for trucks.",
  "en", "3332", ["4.1.9"], "hydrogen storage and fuel-cell makers")
r("潮流能发电机组研发制造及海上试验平台建设。",
  "zh", "3811", ["4.1.7"], "tidal-stream turbine development (e.g. Zhoushan)", blue="marine")
r("智能配电终端、一二次融合柱上开关及柔性直流换流阀制造项目。",
  "zh", "3823", ["4.1.10"], "smart-grid equipment makers")
r("山东半岛南海上风电项目，装机容量500MW，布置62台8MW级风电机组，离岸距离约30公里，配套220kV海上升压站。",
  "zh", "4415", ["4.2.1"], "Shandong peninsula offshore wind farms", blue="marine",
  params=[("installed_capacity", 500, "MW"), ("distance_offshore", 30, "km")])
r("Construction and operation of a 1 GW offshore wind farm in the Yellow Sea, including export cables and an onshore substation.",
  "en", "4415", ["4.2.1"], "large offshore wind projects", blue="marine", params=[("installed_capacity", 1000, "MW")])
r("海上风电项目（渤中海域）300MW，采用导管架基础，项目资本金以蓝色银团贷款方式融资。",
  "zh", "4415", ["4.2.1"], "blue syndicated loans for offshore wind", blue="marine", params=[("installed_capacity", 300, "MW")])
r("“海上风电+海洋牧场”融合示范项目：在风电场区投放人工鱼礁并开展贝藻养殖，风机基础兼作养殖平台。",
  "zh", "4415", ["4.2.1", "5.1.16"], "offshore wind + marine ranching demonstrations in Shandong", blue="marine",
  conf="judgement", note="two eligible activities combined: wind power (4.2.1) and marine ranching (5.1.16)")
r("内蒙古某风电基地二期工程，装机容量400MW，配套220kV升压站及送出线路。",
  "zh", "4415", ["4.2.1"], "onshore wind bases", params=[("installed_capacity", 400, "MW")])
r("分散式风电项目，在工业园区周边建设5台5MW风电机组，就近接入10kV配电网。",
  "zh", "4415", ["4.2.1"], "distributed wind near industrial parks")
r("工业厂房屋顶分布式光伏发电项目，装机容量12MWp，采用自发自用、余电上网模式。",
  "zh", "4416", ["4.2.2", "6.1.5"], "rooftop distributed PV on factories", params=[("installed_capacity", 12, "MWp")],
  conf="judgement", note="distributed solar (4.2.2); rooftop PV supplying the building is also building renewable-energy use (6.1.5, cf. 2021 item 5.2.1.3)")
r("城阳区渔光互补光伏电站，利用养殖池塘水面建设100MW光伏阵列，板下继续开展水产养殖。",
  "zh", "4416", ["4.2.2"], "Chengyang fishery-PV complementary project (Qingdao)", params=[("installed_capacity", 100, "MW")],
  note="solar facility (4.2.2); 'complementary' here is land/water sharing, not a multi-energy system")
r("农光互补光伏发电项目，装机150MW，光伏板下种植食用菌和中药材，配套储能15MW/30MWh。",
  "zh", "4416", ["4.2.2", "4.3.2"], "agri-PV projects with storage", params=[("installed_capacity", 150, "MW")], conf="judgement",
  note="solar facility (4.2.2) with an attached storage plant (4.3.2)")
r("Agrivoltaic project of 80 MW on greenhouse roofs, with vegetables grown underneath and power sold to the grid.",
  "en", "4416", ["4.2.2"], "agrivoltaic greenhouse projects")
r("海上光伏项目，在近海海域建设桩基固定式光伏电站，装机容量400MW。",
  "zh", "4416", ["4.2.2"], "offshore PV pilots off Shandong", blue="marine", params=[("installed_capacity", 400, "MW")])
r("整县推进屋顶分布式光伏开发试点，覆盖党政机关、学校、医院和农户屋顶，总装机200MW。",
  "zh", "4416", ["4.2.2", "6.1.5"], "county-wide rooftop PV programmes", conf="judgement",
  note="distributed solar (4.2.2); rooftop PV on buildings also fits 6.1.5")
r("塔式光热发电项目，装机100MW，配置12小时熔盐储热。",
  "zh", "4416", ["4.2.2"], "CSP projects in Gansu/Qinghai")
r("农林生物质热电联产项目，装机2×30MW，年消耗秸秆、林业剩余物约40万吨，向周边园区供汽。",
  "zh", "4417", ["4.2.3"], "agricultural-biomass CHP plants")
r("规模化生物天然气工程，以畜禽粪污和秸秆为原料，年产生物天然气1000万立方米。",
  "zh", "4520", ["4.2.3"], "biomethane projects", conf="judgement",
  note="biomass energy facility (4.2.3 lists 4520); also uses agricultural waste")
r("Waste cooking oil to biodiesel plant of 100,000 t/yr.",
  "en", "2541", ["4.2.3"], "UCO biodiesel plants")
r("金沙江下游大型水电站机组运营及送出工程融资，总装机容量1000万千瓦。",
  "zh", "4413", ["4.2.4"], "large hydropower on the Jinsha River")
r("三代核电机组建设项目（2×1200MW压水堆），配套核能供热示范。",
  "zh", "4414", ["4.2.5"], "nuclear new-builds with nuclear heating", conf="judgement",
  note="nuclear power plant and comprehensive nuclear-energy use (4.2.5)")
r("中深层地热供暖项目，打井取热不取水，为120万平方米居住建筑供暖。",
  "zh", "4430", ["4.2.6"], "deep geothermal heating (e.g. Xiong'an)", params=[("heated_area", 1200000, "m2")])
r("Geothermal power plant of 20 MW using a binary cycle in Tibet.",
  "en", "4419", ["4.2.6"], "geothermal power in Tibet/Yunnan")
r("潮汐能电站增容改造及潮流能示范电站建设。",
  "zh", "4419", ["4.2.7"], "tidal power (e.g. Jiangxia) and tidal-stream demonstrations", blue="marine")
r("风光制氢一体化项目：配套风电200MW、光伏300MW，建设年产2万吨绿氢电解水制氢装置及储氢设施。",
  "zh", "4419", ["4.2.8", "4.3.1"], "renewable-hydrogen bases in Inner Mongolia", conf="judgement",
  note="hydrogen infrastructure (4.2.8); the wind/solar/storage integration also fits 4.3.1")
r("港区加氢站建设运营，日加注能力1000kg，服务氢燃料电池集卡。",
  "zh", "5266", ["4.2.8"], "hydrogen stations at ports", blue="marine", conf="judgement",
  note="hydrogen refuelling infrastructure (4.2.8); located at a port serving port logistics")
r("Hydrogen refuelling station with on-site electrolysis powered by a solar plant, serving city buses.",
  "en", "4420", ["4.2.8"], "integrated hydrogen production/refuelling stations")
r("污水源热泵集中供热供冷项目，利用污水处理厂出水余热为周边80万平方米建筑供暖。",
  "zh", "4430", ["4.2.9"], "sewage-source heat pump district heating")
r("海水源热泵区域供能站建设，为滨海新区商务区提供供热和供冷。",
  "zh", "4430", ["4.2.9"], "seawater-source heat pumps in coastal cities", blue="marine", conf="judgement",
  note="heat-pump facility (4.2.9); uses seawater, so marine-related")
r("源网荷储一体化示范项目：新建风电300MW、光伏200MW和储能100MW/200MWh，就近供应工业园区负荷。",
  "zh", "4415", ["4.3.1"], "source-grid-load-storage integration pilots")
r("独立共享储能电站，规模200MW/400MWh，采用磷酸铁锂电池，参与电网调峰调频。",
  "zh", "4419", ["4.3.2"], "standalone shared storage stations", params=[("power", 200, "MW"), ("energy", 400, "MWh")])
r("Compressed-air energy storage plant of 300 MW using a salt cavern, providing peak shaving.",
  "en", "4419", ["4.3.2"], "salt-cavern CAES projects (e.g. Jiangsu, Hubei)")
r("用户侧储能项目：在汽车零部件工厂建设5MW/10MWh储能系统，削峰填谷降低用电成本。",
  "zh", "4420", ["4.3.2"], "behind-the-meter storage in factories")
r("抽水蓄能电站建设项目，装机容量1200MW（4×300MW），年设计发电量20亿千瓦时。",
  "zh", "4413", ["4.3.3"], "pumped-storage stations", params=[("installed_capacity", 1200, "MW")])
r("小水电站增效扩容改造及生态流量泄放设施建设，涉及电站15座。",
  "zh", "4413", ["4.3.4"], "small-hydro renovation programmes")
r("城市配电网智能化改造及智能变电站建设，提升分布式光伏接入和消纳能力。",
  "zh", "4420", ["4.3.5", "6.5.1"], "distribution-grid modernisation", conf="judgement",
  note="smart grid (4.3.5); an urban distribution grid also fits 6.5.1")
r("省级虚拟电厂及新型电力负荷管理系统建设，聚合可调节负荷50万千瓦参与需求响应。",
  "zh", "4420", ["4.3.6"], "virtual power plants and load management")
r("Industrial-park microgrid combining rooftop solar, a gas-free heat pump station and batteries as a distributed energy system.",
  "en", "4420", ["4.3.7"], "distributed energy systems in parks", conf="judgement",
  note="distributed energy project (4.3.7)")

# ---------------------------------------------------------------- 5 生态保护修复和利用
r("国家级玉米良种繁育基地建设，配套种子加工中心和种质资源库。",
  "zh", "0511", ["5.1.1", "5.1.2"], "seed-industry bases", conf="judgement",
  note="breeding (5.1.1) with germplasm storage (5.1.2)")
r("水产种质资源保护与良种场建设，保存刺参、海带等地方品种种质。",
  "zh", "0541", ["5.1.2", "5.1.1"], "aquatic germplasm stations in Shandong", blue="marine", conf="judgement",
  note="germplasm protection (5.1.2); seed production fits 5.1.1")
r("绿色种养循环农业项目：推广测土配方施肥、有机肥替代化肥，建设稻渔综合种养基地5000亩。",
  "zh", "0111", ["5.1.3"], "green agriculture demonstration counties")
r("Certified organic tea plantation and processing of 3,000 mu, with organic certification under GB/T 19630.",
  "en", "0164", ["5.1.4"], "organic tea estates", note="certified organic agriculture (5.1.4)")
r("高标准农田建设项目，新建和提升高标准农田3万亩，配套节水灌溉和田间道路。",
  "zh", "0519", ["5.1.5"], "high-standard farmland projects", conf="judgement",
  note="farmland protection and quality improvement (5.1.5; the 2021 item text names 高标准农田建设)")
r("农作物病虫害绿色防控示范区：推广杀虫灯、性诱剂和天敌防治，化学农药使用量减少30%。",
  "zh", "0515", ["5.1.6"], "green pest-control demonstration zones")
r("储备林建设项目，新造林和森林抚育面积20万亩，培育珍贵树种和大径材，兼顾林业碳汇。",
  "zh", "0220", ["5.1.9"], "national reserve-forest loans (国储林)", params=[("area", 200000, "mu")])
r("Carbon-sink afforestation of 15,000 ha on degraded hillsides, registered as a CCER afforestation project.",
  "en", "0220", ["5.1.9"], "CCER afforestation projects", conf="judgement",
  note="forest cultivation (5.1.9); the CCER registration does not change the activity")
r("林下经济示范基地：在生态公益林下种植中药材和食用菌，发展林下养鸡。",
  "zh", "0171", ["5.1.11"], "understorey-economy programmes")
r("竹林培育及“以竹代塑”竹制品加工项目，年产竹制餐具和竹缠绕管道。",
  "zh", "2041", ["5.1.13"], "bamboo-instead-of-plastic projects")
r("生态牧场建设：草畜平衡、标准化养殖圈舍和粪污还田，肉牛存栏5000头。",
  "zh", "0311", ["5.1.14"], "green cattle ranches", conf="judgement",
  note="green husbandry (5.1.14); manure handling is part of the same farm")
r("工厂化循环水养殖基地建设，养殖大西洋鲑，养殖尾水经处理后循环利用率90%。",
  "zh", "0412", ["5.1.15"], "recirculating aquaculture systems", conf="judgement",
  note="recirculating aquaculture is named in the green-fisheries item (2021 text, 4.1.3.3)")
r("深远海养殖工船及深水抗风浪网箱养殖项目，在黄海冷水团海域养殖三文鱼。",
  "zh", "0411", ["5.1.15"], "deep-sea aquaculture vessels (e.g. Guoxin No.1)", blue="marine")
r("Seaweed and shellfish integrated multi-trophic aquaculture of 2,000 ha, promoted as carbon-sink fisheries.",
  "en", "0411", ["5.1.15"], "carbon-sink fisheries in Rongcheng/Sanggou Bay", blue="marine")
r("国家级海洋牧场示范区建设，投放人工鱼礁5万空方，建设海洋牧场多功能管护平台。",
  "zh", "0411", ["5.1.16"], "national marine-ranching demonstration zones", blue="marine",
  params=[("artificial_reef_volume", 50000, "m3")])
r("Marine ranch in the Bohai Sea with artificial reefs, seagrass planting and an online water-quality monitoring buoy network.",
  "en", "0411", ["5.1.16"], "marine ranches with monitoring", blue="marine")
r("海洋牧场与休闲渔业融合项目，建设人工鱼礁区、海上游钓平台和渔业资源养护设施。",
  "zh", "0411", ["5.1.16"], "marine ranching with recreational fishing", blue="marine", conf="judgement",
  note="marine ranching (5.1.16) is the core; recreational fishing is an add-on")
r("珍稀濒危野生动物栖息地保护及生态廊道建设。",
  "zh", "7713", ["5.2.1"], "habitat and corridor projects")
r("国家公园保护性基础设施建设和生态管护体系运营。",
  "zh", "7711", ["5.2.2"], "national-park conservation operations")
r("退化草原生态修复项目，实施禁牧封育、补播改良和草原围栏，修复面积30万亩。",
  "zh", "0319", ["5.2.4"], "grassland restoration in Inner Mongolia")
r("荒漠化综合治理项目：草方格固沙、灌木林营造和光伏治沙相结合，治理沙化土地10万亩。",
  "zh", "4863", ["5.2.6", "4.2.2"], "desertification control along the Kubuqi desert", conf="judgement",
  note="desertification control (5.2.6) combined with a solar plant (4.2.2)")
r("小流域水土流失综合治理：坡改梯、淤地坝和水土保持林建设。",
  "zh", "4863", ["5.2.7"], "small-watershed erosion control on the Loess Plateau")
r("Wetland restoration at a river estuary: removing aquaculture ponds, reconnecting tidal channels and replanting native vegetation.",
  "en", "4863", ["5.2.12", "5.2.13"], "estuarine wetland restoration", blue="marine", conf="judgement",
  note="wetland restoration (5.2.12); coastal setting also fits 5.2.13")
r("城市湿地公园生态修复及水质净化人工湿地建设。",
  "zh", "4863", ["5.2.12"], "urban wetland restoration", blue="water", conf="judgement",
  note="wetland protection and restoration (5.2.12)")
r("蓝色海湾整治行动：海岸带生态修复、退养还滩、岸线整治和沙滩修复。",
  "zh", "4839", ["5.2.13"], "Blue Bay remediation programmes", blue="marine")
r("红树林营造与修复项目，新造红树林3000亩，修复退化红树林2000亩，开发蓝碳项目。",
  "zh", "4863", ["5.2.13"], "mangrove restoration and blue-carbon projects", blue="marine")
r("Seagrass bed and oyster reef restoration along a bay to rebuild coastal habitats.",
  "en", "4839", ["5.2.13"], "seagrass and oyster-reef restoration", blue="marine")
r("近海渔业资源增殖放流，年放流中国对虾、褐牙鲆等苗种2亿尾。",
  "zh", "0549", ["5.2.14"], "coastal stock-enhancement programmes", blue="marine")
r("采煤沉陷区综合治理：土地复垦、生态修复和沉陷区居民避险搬迁安置配套设施。",
  "zh", "7910", ["5.3.1"], "coal-mining subsidence remediation in Shanxi/Huainan",
  note="remediation of coal-mining subsidence is a 2025 item (5.3.1), not coal utilisation")
r("地下水超采区综合治理：灌区节水改造、水源置换和地下水回补工程。",
  "zh", "7620", ["5.3.2"], "groundwater over-extraction control in North China", blue="water")
r("全域土地综合整治试点：农用地整理、建设用地复垦和乡村生态保护修复。",
  "zh", "7910", ["5.3.3"], "comprehensive land-consolidation pilots")
r("历史遗留废弃矿山生态修复项目，完成边坡治理、覆土复绿和矿坑水治理，修复面积2600亩。",
  "zh", "7729", ["5.3.4"], "abandoned-mine rehabilitation")
r("Rehabilitation of a closed open-pit limestone quarry into a park: slope stabilisation, soil cover and native planting.",
  "en", "7729", ["5.3.4"], "quarry rehabilitation")
