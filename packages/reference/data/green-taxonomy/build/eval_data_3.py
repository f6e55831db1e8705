# Evaluation records, part 3: families 6–9 and the negatives.
import eval_data_2  # noqa: F401  (registers parts 1 and 2 first)
from eval_data_1 import r

# ---------------------------------------------------------------- 6 基础设施绿色升级
r("金融区总部办公楼项目，按三星级绿色建筑标准设计建造，取得三星级绿色建筑标识，地上建筑面积12万平方米。",
  "zh", "4790", ["6.1.1"], "green-labelled office towers in financial districts", params=[("green_building_star", 3, "star")])
r("A new 2-star green-building school campus of 45,000 m2 with daylighting design, rainwater reuse and rooftop solar.",
  "en", "4790", ["6.1.1"], "green school campuses", params=[("green_building_star", 2, "star")], conf="judgement",
  note="green building (6.1.1); the solar and rainwater parts are features of the building")
r("房地产开发企业建设的住宅小区项目，全部住宅按二星级绿色建筑标准建设并取得预评价标识，装配率50%。",
  "zh", "7010", ["6.1.1", "6.1.6"], "developers' green-building residential projects", conf="judgement",
  note="green building (6.1.1) with prefabrication (6.1.6); the developer's industry code is evidence, not the verdict")
r("超低能耗居住建筑示范项目，采用被动式设计、高性能外保温和新风热回收，供暖需求不高于15kWh/(m²·a)。",
  "zh", "4710", ["6.1.2"], "passive-house residential demonstrations", params=[("heating_demand", 15, "kWh/m2a")])
r("Nearly zero-energy public library with ground-source heat pumps, high-performance envelope and BIPV facade.",
  "en", "4790", ["6.1.2"], "near-zero energy public buildings", conf="judgement",
  note="near-zero energy building (6.1.2); its heat pumps and BIPV are building systems")
r("零碳产业园标准厂房建设，按近零能耗建筑设计，屋顶光伏全覆盖。",
  "zh", "4790", ["6.1.2", "6.1.5"], "zero-carbon industrial park buildings", conf="judgement",
  note="low-carbon/near-zero building (6.1.2) with building renewables (6.1.5)")
r("既有公共建筑节能改造：医院外窗和外墙保温改造、空调系统变频改造和楼宇自控系统建设，节能率25%。",
  "zh", "4861", ["6.1.3"], "public-building energy retrofits", params=[("energy_saving_rate", 25, "%")])
r("北方采暖地区老旧小区既有居住建筑节能改造，涉及建筑面积80万平方米。",
  "zh", "4861", ["6.1.3"], "northern old-housing retrofits")
r("农村抗震节能农房建设与改造，新建和改造农房1200户，外墙保温和太阳能热水器同步安装。",
  "zh", "4710", ["6.1.4"], "green rural housing programmes")
r("体育馆光伏建筑一体化（BIPV）屋面及幕墙项目，装机3MW，所发电力主要供场馆自用。",
  "zh", "4720", ["6.1.5", "4.2.2"], "BIPV on public venues", conf="judgement",
  note="building renewable-energy application (6.1.5); as a solar installation also 4.2.2")
r("医院空气源热泵和太阳能热水系统改造，替代燃气锅炉提供生活热水。",
  "zh", "4861", ["6.1.5", "4.2.9"], "hospital heat-pump and solar hot-water retrofits", conf="judgement",
  note="building renewables (6.1.5); heat-pump facility also fits 4.2.9")
r("装配式混凝土结构保障性住房项目，预制率40%，装配率60%，符合装配式建筑评价标准。",
  "zh", "4710", ["6.1.6"], "prefabricated affordable housing")
r("Intelligent construction pilot: BIM-based design, construction robots and a smart site platform for a hospital project.",
  "en", "4790", ["6.1.7"], "intelligent-construction pilot projects")
r("高速公路绿色化改造：路面材料再生利用、服务区光伏车棚和充电设施建设。",
  "zh", "4812", ["6.2.1", "6.2.3"], "green highway retrofits", conf="judgement",
  note="green road infrastructure retrofit (6.2.1); the chargers also fit 6.2.3")
r("综合客运枢纽绿色化改造，实施照明、空调节能改造及屋顶光伏。",
  "zh", "4861", ["6.2.2"], "transport-hub green retrofits")
r("城市公共充电网络建设：新建快充站80座、充电桩2000个，配套光储充一体化站。",
  "zh", "5267", ["6.2.3"], "urban charging-network projects")
r("Battery-swapping stations for electric taxis and ride-hailing cars, 60 stations across the city.",
  "en", "5267", ["6.2.3"], "battery-swap networks")
r("高速公路服务区超充站及重卡换电站建设运营。",
  "zh", "5267", ["6.2.3"], "heavy-truck swap stations on highways")
r("港口LNG加注站及集卡加气站建设。",
  "zh", "5266", ["6.2.3"], "LNG refuelling at ports", conf="judgement",
  note="gas refuelling facilities are named in 6.2.3; not flagged blue: fossil LNG is not clearly sustainable shipping")
r("城市智能交通系统建设：信号灯自适应控制、车路协同和交通大数据平台。",
  "zh", "6531", ["6.2.4"], "city ITS projects")
r("公共自行车和共享电单车系统建设运营，投放车辆3万辆，配套停车设施。",
  "zh", "5414", ["6.2.5"], "bike-sharing systems")
r("公交公司购置新能源纯电动公交车500辆，替换柴油公交车，配套建设公交场站充电设施。",
  "zh", "5411", ["6.2.6", "6.2.3", "9.1.1"], "bus-fleet electrification", conf="judgement",
  note="urban passenger transport system (6.2.6) with depot chargers (6.2.3); an operator buying NEVs for own use also fits 9.1.1")
r("Construction of a 25 km metro line with 18 stations, financed by a green bond.",
  "en", "4814", ["6.2.6"], "metro lines financed by green bonds")
r("城市绿道和慢行系统建设，新建自行车专用道和步行道45公里。",
  "zh", "4813", ["6.2.7"], "greenways and cycle lanes")
r("既有铁路电气化改造及货运站场节能改造。",
  "zh", "4811", ["6.2.8"], "railway electrification")
r("大型工矿企业铁路专用线建设，推动大宗货物“公转铁”，年运量600万吨。",
  "zh", "4811", ["6.2.9", "6.2.8"], "rail spurs for road-to-rail freight", conf="judgement",
  note="road-to-rail shift (6.2.9); a railway line also fits 6.2.8")
r("海铁联运物流通道建设，新建港口铁路集疏运线及集装箱中心站。",
  "zh", "5810", ["6.2.9"], "sea-rail intermodal at Qingdao port", blue="marine", conf="judgement",
  note="multimodal transport (6.2.9); port logistics makes it blue")
r("公路甩挂运输站场及甩挂运输管理信息系统建设。",
  "zh", "5442", ["6.2.10"], "drop-and-hook transport pilots")
r("机场桥载设备替代APU及场内车辆电动化改造。",
  "zh", "5631", ["6.2.11"], "green airport projects")
r("集装箱码头岸电系统建设，新增高压岸电泊位12个，靠港船舶使用岸电替代辅机发电。",
  "zh", "4823", ["6.2.12", "2.5.9"], "port shore-power projects", blue="marine", conf="judgement",
  note="green port (6.2.12; the 2021 shore-power item maps here); also prevents ship emissions at berth (2.5.9)")
r("Shore power for cruise and ro-ro berths and electrification of yard cranes at a container terminal.",
  "en", "4823", ["6.2.12"], "green-port electrification", blue="marine")
r("自动化集装箱码头绿色低碳升级：氢能集卡、光伏+储能微网和全电动装卸设备。",
  "zh", "5532", ["6.2.12"], "zero-carbon automated terminals (Qingdao)", blue="marine", conf="judgement",
  note="green port (6.2.12)")
r("绿色物流园区建设，园区仓库屋顶光伏、新能源配送车辆充电设施和智慧能源管理。",
  "zh", "5442", ["6.3.1"], "green logistics parks")
r("绿色冷链物流中心建设，冷库采用CO2复叠制冷和光伏供电，库容10万吨。",
  "zh", "5930", ["6.3.2"], "green cold-storage projects")
r("粮库绿色储粮升级：低温储粮、氮气气调和屋顶光伏。",
  "zh", "5951", ["6.3.3"], "green grain-storage upgrades")
r("城市口袋公园和道路绿化提升工程。",
  "zh", "4891", ["6.4.1"], "urban greening projects")
r("Sponge city programme: permeable pavements, rain gardens and storage tanks across a 20 km2 district.",
  "en", "4813", ["6.4.2"], "sponge-city pilots", blue="water")
r("城镇供水管网分区计量漏损控制改造，建设DMA分区180个，管网漏损率由15%降至9%。",
  "zh", "4610", ["6.4.3"], "non-revenue-water reduction", blue="water", params=[("leakage_before", 15, "%"), ("leakage_after", 9, "%")])
r("城区污水管网排查修复及雨污分流改造，新建污水管网120公里。",
  "zh", "4852", ["6.4.5"], "sewer-network rehabilitation", blue="water")
r("入海排污口排查整治及规范化建设，完成排污口溯源、截污和在线监测。",
  "zh", "7721", ["6.4.6"], "sea-outfall remediation campaigns", blue="marine")
r("城市污水处理厂提标改造，出水由一级A提升至准地表水IV类，规模20万吨/日，配套污泥干化焚烧。",
  "zh", "4620", ["6.4.7"], "WWTP upgrades", blue="water", params=[("capacity", 200000, "m3/d")])
r("Construction of a 60,000 m3/day municipal wastewater treatment plant and sludge digestion facility in a coastal city.",
  "en", "4620", ["6.4.7"], "municipal WWTPs", blue="water")
r("生活垃圾焚烧发电项目，日处理生活垃圾1500吨，配套2×30MW汽轮发电机组。",
  "zh", "4417", ["6.4.8", "3.2.6", "4.2.3"], "waste-to-energy plants", conf="judgement",
  note="MSW treatment facility (6.4.8); waste-to-energy is also resource recovery (3.2.6) and biomass power (4.2.3 lists 4417)")
r("城乡生活垃圾分类收运体系建设，新建垃圾转运站6座及分类收集设施。",
  "zh", "7820", ["6.4.8"], "waste-sorting and collection systems")
r("全市生态环境监测网络建设，新建空气质量自动监测站40个和水质自动监测站15个。",
  "zh", "7461", ["6.4.9"], "environmental-monitoring networks")
r("利用钢厂低品位工业余热为城区集中供热，替代分散燃煤锅炉，供热面积500万平方米。",
  "zh", "4430", ["6.5.3", "1.3.4"], "industrial-waste-heat district heating", conf="judgement",
  note="clean/low-carbon district heating (6.5.3); recovery of industrial waste heat also fits 1.3.4")
r("农村清洁取暖改造：空气源热泵和生物质清洁炉具替代散煤，覆盖农户3万户。",
  "zh", "4430", ["6.5.4"], "rural clean-heating programmes (coal-to-clean)")
r("新城区综合能源站建设，集成地源热泵、蓄冷蓄热和分布式光伏，为商务区集中供冷供热。",
  "zh", "4430", ["6.5.2"], "integrated energy stations", conf="judgement",
  note="urban integrated energy supply (6.5.2)")
r("绿色数据中心建设项目，设计PUE不高于1.25，采用液冷和自然冷却，配套绿电直供。",
  "zh", "6540", ["6.6.2"], "green data centres in eastern-data-western-computing hubs", params=[("pue", 1.25, None)])
r("A hyperscale data centre with PUE 1.2, free cooling and 100% renewable power purchase agreements.",
  "en", "6540", ["6.6.2"], "green data-centre financing", params=[("pue", 1.2, None)])
r("存量数据中心节能改造：更换高效UPS、冷通道封闭和间接蒸发冷却，PUE由1.6降至1.3。",
  "zh", "4861", ["6.6.3"], "data-centre retrofits", params=[("pue_before", 1.6, None), ("pue_after", 1.3, None)])
r("5G基站节能改造：AAU智能关断、室外机柜自然冷却和基站光伏，涉及基站3000个。",
  "zh", "4861", ["6.6.1"], "base-station energy saving")

# ---------------------------------------------------------------- 7 绿色服务
r("节能服务公司以合同能源管理（效益分享型）模式为学校实施照明和空调节能改造。",
  "zh", "7514", ["7.2.2"], "ESCO projects under shared-savings EPC", conf="judgement",
  note="the financed party is the ESCO providing EPC (7.2.2); the retrofit itself would be 6.1.3")
r("An energy service company financing compressed-air and lighting upgrades at 30 SMEs under energy performance contracts.",
  "en", "7514", ["7.2.2"], "ESCO SME programmes")
r("高校合同节水管理项目：节水器具更换、管网漏损治理和中水回用，节水效益分享。",
  "zh", "7499", ["7.2.3"], "water-saving performance contracts on campuses", blue="water")
r("电力需求侧管理服务平台建设，为工业用户提供负荷监测、削峰填谷和能效分析服务。",
  "zh", "6531", ["7.2.4"], "demand-side management platforms")
r("重点用能企业能源管理体系建设及ISO 50001认证咨询。",
  "zh", "7499", ["7.2.1"], "energy-management-system consulting")
r("工业园区环境污染第三方治理：环保公司托管园区污水处理和废气处理设施运营。",
  "zh", "7721", ["7.2.6"], "third-party pollution treatment in parks")
r("企业碳管理数字化平台建设，实现能耗与碳排放自动采集、核算和报告。",
  "zh", "6531", ["7.2.7"], "corporate carbon-management SaaS")
r("重点用能单位能耗在线监测系统建设，接入企业320家。",
  "zh", "6531", ["7.3.1"], "provincial energy-monitoring systems")
r("油气田甲烷排放监测及泄漏检测与修复服务。",
  "zh", "7499", ["7.3.2"], "methane-monitoring services", conf="judgement",
  note="monitoring of GHG emission sources (7.3.2); the oil-and-gas host is not itself eligible")
r("滨海湿地和海草床蓝碳碳汇监测评估体系建设。",
  "zh", "7462", ["7.3.7"], "blue-carbon monitoring in coastal wetlands", blue="marine")
r("第三方机构为控排企业提供温室气体排放核查和产品碳足迹核算服务。",
  "zh", "7499", ["7.4.3"], "carbon-verification agencies")
r("Energy audits and energy-saving diagnosis for 50 industrial enterprises under a provincial programme.",
  "en", "7499", ["7.4.1", "7.4.2"], "industrial energy-audit programmes", conf="judgement",
  note="energy audit (7.4.1) and energy-efficiency diagnosis (7.4.2)")
r("公共建筑能效测评与碳排放计算服务。",
  "zh", "7499", ["7.4.4"], "building energy-rating services")
r("县域生态产品价值（GEP）核算及生态系统评估服务。",
  "zh", "7499", ["7.4.9"], "GEP accounting pilots")
r("绿色低碳技术研发中心建设，开展钙钛矿叠层电池和固态电池研发。",
  "zh", "7320", ["7.5.1"], "green-technology R&D centres", conf="judgement",
  note="R&D of green technologies (7.5.1), not manufacture")
r("碳资产管理公司开展CCER项目开发和碳排放权交易服务。",
  "zh", "7499", ["7.6.1"], "carbon-asset management companies")
r("绿色电力证书和绿电交易服务平台建设运营。",
  "zh", "7239", ["7.6.6"], "green-certificate trading services")
r("林权收储与林权交易服务平台建设，推动林权抵押和流转。",
  "zh", "7239", ["7.6.5"], "forest-rights exchanges (e.g. Sanming 林票)")
r("为园区企业提供碳达峰碳中和规划、ESG咨询和绿色金融咨询服务。",
  "zh", "7245", ["7.1.4"], "carbon-neutrality and ESG consulting", conf="judgement",
  note="other consulting services for the green and low-carbon transition (7.1.4)")
r("Design institute providing feasibility study and engineering design for distributed PV and storage projects.",
  "en", "7484", ["7.1.2"], "engineering-design services for renewables")

# ---------------------------------------------------------------- 8 绿色贸易
r("新能源汽车经销商建设4S店及展厅，经销纯电动和插电式混合动力乘用车。",
  "zh", "5261", ["8.2.1"], "NEV dealerships", conf="judgement",
  note="trade in NEVs (8.2.1); vehicle purchase by end users would be 9.1.1")
r("Trading company exporting TOPCon PV modules and string inverters to Europe and the Middle East.",
  "en", "5179", ["8.5.2"], "PV export traders")
r("家电连锁企业开展一级能效家电以旧换新销售业务。",
  "zh", "5272", ["8.1.3"], "appliance trade-in campaigns")
r("绿色农产品批发市场建设，经营绿色食品和有机农产品。",
  "zh", "5123", ["8.6.1"], "green agricultural wholesale markets")
r("储能电池及户用储能系统出口贸易。",
  "zh", "5179", ["8.5.8"], "storage exporters")
r("环保设备代理商经销除尘脱硝设备和污水处理成套设备。",
  "zh", "5179", ["8.3.1"], "environmental-equipment distributors")
r("绿色建材批发配送中心，经销三星级认证节能门窗、保温材料。",
  "zh", "5165", ["8.1.1", "8.3.9"], "green building-material distributors", conf="judgement",
  note="trade in green building materials (8.1.1); insulation materials also 8.3.9")
r("电动船舶及LNG动力船舶经纪与销售业务。",
  "zh", "5179", ["8.2.2"], "green-ship trading", blue="marine")

# ---------------------------------------------------------------- 9 绿色消费
r("个人购买纯电动乘用车的汽车消费贷款。",
  "zh", None, ["9.1.1"], "banks' NEV auto loans")
r("Retail auto loans for households buying battery-electric and plug-in hybrid cars.",
  "en", None, ["9.1.1"], "NEV consumer loans")
r("物流企业融资购置新能源城市配送车辆300辆，用于自营配送业务。",
  "zh", "5437", ["9.1.1", "6.3.4"], "fleet electrification of delivery companies", conf="judgement",
  note="purchase of NEVs for own use (9.1.1); also green logistics equipment use (6.3.4)")
r("个人购买二星级绿色建筑住宅的绿色按揭贷款。",
  "zh", None, ["9.1.2"], "green mortgages")
r("A company buying office floors in a certified 3-star green building for its own headquarters.",
  "en", "7010", ["9.1.2"], "corporate purchase of green offices", conf="judgement",
  note="purchase of a green building for own use (9.1.2)")
r("绿色消费贷款：支持居民购买一级能效家电和节能产品。",
  "zh", None, ["9.1.3"], "green consumer-loan products", conf="judgement",
  note="other green consumption (9.1.3)")

# ---------------------------------------------------------------- negatives
N = "none"
r("新建2×660MW超超临界燃煤发电机组项目，配套建设煤场和输煤系统。",
  "zh", "4411", N, "coal power new-builds", note="coal power without CCUS: coal utilisation was removed from the 2025 catalogue")
r("Construction of a 1,000 MW coal-fired power plant with ultra-supercritical units, without carbon capture.",
  "en", "4411", N, "coal power new-builds", note="coal power without CCUS is not in the catalogue; the text names carbon capture only to deny it (a negation a keyword matcher must not take as CCUS)")
r("燃煤电厂煤电机组灵活性改造和供热改造，提升深度调峰能力至30%额定负荷。",
  "zh", "4411", N, "coal-power flexibility retrofits (三改联动)", transition=True, conf="judgement",
  note="coal-power retrofits left the green catalogue with coal utilisation; coal power is a PBoC transition-finance sector")
r("煤电机组节能降碳改造，汽轮机通流改造后供电煤耗降低8克/千瓦时。",
  "zh", "4411", N, "coal-unit efficiency retrofits", transition=True, conf="judgement",
  note="coal-unit efficiency (2021 item 1.1.2.5) has no 2025 counterpart; transition-relevant")
r("燃煤电厂烟气超低排放改造，新增湿式电除尘和SCR脱硝。",
  "zh", "4411", N, "coal-plant ultra-low-emission retrofits", conf="judgement",
  note="coal utilisation removed in 2025; 2.2.2 covers key industrial sectors (steel in 2021), coal power not named")
r("新建120万吨/年煤矿及配套选煤厂项目。",
  "zh", "0610", N, "coal-mine expansions", note="coal production: not eligible since 2021")
r("洗煤厂技术升级，提高精煤回收率和产能。",
  "zh", "0610", N, "coal-washing plants", note="coal washing (clean coal) removed in 2021/2025")
r("年产60万吨煤制烯烃项目。",
  "zh", "2522", N, "coal-to-olefins projects", note="coal chemicals: not eligible")
r("Coal-to-natural-gas plant producing 4 billion m3 per year.",
  "en", "2522", N, "coal-to-gas projects", note="coal conversion: not eligible")
r("洁净型煤配送中心建设，向农村供应民用洁净型煤。",
  "zh", "2524", N, "clean-coal briquette programmes", note="clean coal utilisation removed")
r("工业园区新建燃煤蒸汽锅炉房，2×75t/h，集中供汽。",
  "zh", "4430", N, "coal-fired steam boilers for parks", note="new coal-fired boilers are coal utilisation")
r("高层商品住宅小区开发项目，总建筑面积25万平方米，按现行节能标准设计。",
  "zh", "7010", N, "ordinary residential development", conf="judgement",
  note="meeting the mandatory energy code is not a green-building label; no 6.1 item applies")
r("城市商业综合体开发，含购物中心、写字楼和公寓。",
  "zh", "7010", N, "commercial complexes", note="ordinary commercial real estate; no green-building standard named")
r("Development of a five-star resort hotel with a golf course.",
  "en", "7010", N, "luxury hotel and golf development", note="leisure real estate; no catalogue item")
r("写字楼装修工程及租赁经营。",
  "zh", "7020", N, "office fit-out and leasing", note="fit-out without an energy or green-building retrofit")
r("钢铁企业新建1座2500立方米高炉，扩大产能200万吨/年。",
  "zh", "3110", N, "steel capacity expansion", note="new blast-furnace capacity is neither green nor a transition measure")
r("新建日产5000吨水泥熟料生产线。",
  "zh", "3011", N, "new cement lines", note="new clinker capacity is neither green nor a transition measure")
r("Expansion of an oil refinery from 10 to 15 million tonnes per year of crude throughput.",
  "en", "2511", N, "refinery expansions", note="fossil-fuel capacity; no catalogue item")
r("天然气调峰电厂项目，2×400MW级燃气-蒸汽联合循环机组。",
  "zh", "4411", N, "gas-fired peaking plants", conf="judgement",
  note="no 2025 level-3 item names gas-fired power (absence, not an explicit exclusion)")
r("LNG接收站及外输管线建设。",
  "zh", "4511", N, "LNG terminals", conf="judgement",
  note="gas transmission/storage (2021 item 3.2.3.3) has no 2025 counterpart in the crosswalk")
r("燃油乘用车经销商流动资金贷款。",
  "zh", "5261", N, "ICE car dealers", note="trade in combustion-engine cars; 8.2.1 covers new energy vehicles only")
r("物流公司购置国六柴油重型牵引车200辆。",
  "zh", "5431", N, "diesel truck fleet purchases", conf="judgement",
  note="new diesel trucks are not new-energy vehicles; replacing old trucks for emissions (2.5.8) is not claimed here")
r("机场航站楼扩建工程，新增旅客吞吐能力2000万人次。",
  "zh", "5631", N, "airport capacity expansions", conf="judgement",
  note="capacity expansion without a green-building or green-aviation feature")
r("新建双向六车道高速公路80公里。",
  "zh", "4812", N, "highway new-builds", conf="judgement",
  note="ordinary road building; 6.2.1 needs green construction or low-carbon retrofit")
r("数据中心新建项目，设计PUE 1.65，电力全部来自电网。",
  "zh", "6540", N, "ordinary data centres", conf="judgement",
  note="PUE 1.65 is far from a green data-centre level (one secondary source gives GB 40879 grade 2 as the 6.6.2 criterion)")
r("远洋捕捞船队扩张，新造大型拖网渔船10艘。",
  "zh", "0421", N, "distant-water fishing fleets", conf="judgement",
  note="fleet expansion is not green fisheries; marine but not sustainable use, so not blue")
r("围填海造地工程，用于港区后方陆域开发。",
  "zh", "4839", N, "sea reclamation for port land", note="reclamation harms coastal ecosystems; not blue")
r("豪华游艇制造及游艇会所建设。",
  "zh", "3733", N, "yacht building", note="luxury boats are not green ships; marine but not blue")
r("新建小型水电站，装机8MW，引水式开发。",
  "zh", "4413", N, "new small hydro", conf="judgement",
  note="only renovation of small hydro (4.3.4) and large hydro (4.2.4) are listed")
r("纺织企业采购棉花的流动资金贷款。",
  "zh", "1711", N, "working-capital loans", note="general-purpose financing with no green use of proceeds")
r("Expansion of a primary aluminium smelter by 300,000 t/yr using grid power.",
  "en", "3216", N, "aluminium capacity expansions", note="capacity expansion, not efficiency or process improvement")
r("烟草企业卷烟生产线技术改造。",
  "zh", "1620", N, "tobacco plant upgrades", note="no catalogue item")
r("传统燃油邮轮码头及邮轮母港商业配套建设。",
  "zh", "4823", N, "cruise-terminal commercial projects", conf="judgement",
  note="no shore power or pollution-prevention component; port construction alone is not green")
