# Evaluation records, part 4: the holdout split, written after the vocabulary and never used to tune it.
import eval_data_3  # noqa: F401
from eval_data_1 import R, r

START = len(R)

r("风电塔筒及锻造法兰生产线建设，年产塔筒1500套，主要配套陆上和海上风电机组。",
  "zh", "3415", ["4.1.1"], "wind-tower and flange makers")
r("物流园区仓库屋顶分布式光伏及储能项目，装机18MW，所发电量优先供园区冷库使用。",
  "zh", "4416", ["4.2.2", "6.1.5"], "rooftop PV on logistics warehouses", conf="judgement",
  note="distributed solar (4.2.2); rooftop PV supplying the buildings also fits 6.1.5")
r("海水养殖池塘尾水集中处理工程，建设生态沉淀池和人工湿地，尾水达标后排海。",
  "zh", "0411", ["2.5.10"], "mariculture effluent treatment", blue="marine")
r("电解铝企业烟气脱硫改造，新建石灰石-石膏湿法脱硫系统。",
  "zh", "3216", ["2.2.1"], "smelter flue-gas desulphurisation")
r("退役光伏组件回收处理项目，年拆解回收组件2万吨，分离玻璃、铝框和硅料。",
  "zh", "4220", ["3.2.5"], "PV-module recycling pilots")
r("城市污水处理厂污泥厌氧消化及热电联产项目，污泥处理规模300吨/日。",
  "zh", "4620", ["6.4.7"], "sludge digestion at WWTPs", blue="water", conf="judgement",
  note="sludge treatment and disposal facility (6.4.7); its biogas CHP is a by-product")
r("大型水库饮用水水源地生态保护工程：库区周边截污、生态隔离带和水源涵养林建设。",
  "zh", "7721", ["2.3.1"], "reservoir source-water protection", blue="water")
r("天然林保护修复工程：封山育林、退化林修复和管护站点建设。",
  "zh", "0231", ["5.2.3"], "natural-forest protection programmes")
r("林区森林防火视频监测预警系统和防火通道建设。",
  "zh", "0522", ["5.2.5"], "forest-fire prevention systems")
r("滨海湿地互花米草综合治理及本土植被恢复工程，治理面积1.5万亩。",
  "zh", "4863", ["5.2.10", "5.2.13"], "Spartina control in coastal wetlands", blue="marine", conf="judgement",
  note="invasive-species control (5.2.10) in a coastal ecosystem restoration (5.2.13)")
r("A 1.4 GW pumped-storage hydropower station with four reversible units, providing peak regulation for a provincial grid.",
  "en", "4413", ["4.3.3"], "pumped-storage projects")
r("Installation of 3,000 EV chargers in residential compounds, operated by a charging-network company.",
  "en", "5267", ["6.2.3"], "residential charging programmes")
r("环卫企业购置氢燃料电池环卫车和纯电动垃圾运输车120辆，用于自营环卫作业。",
  "zh", "7820", ["9.1.1"], "fleet purchases of new-energy sanitation vehicles", conf="judgement",
  note="purchase of new energy vehicles for own use (9.1.1)")
r("零碳园区综合能源站：地源热泵、冰蓄冷、屋顶光伏和储能联合为园区供冷供热供电。",
  "zh", "4430", ["6.5.2", "4.3.7"], "zero-carbon park energy stations", conf="judgement",
  note="integrated energy supply (6.5.2); also a distributed energy project (4.3.7)")
r("城市集中供热一次管网保温更新及换热站智能化改造，管网热损失降低20%。",
  "zh", "4430", ["6.5.3"], "district-heating network upgrades")
r("生活垃圾卫生填埋场封场治理及填埋气收集发电项目。",
  "zh", "7820", ["6.4.8", "3.2.6"], "landfill closure and landfill-gas power", conf="judgement",
  note="MSW treatment facility (6.4.8); landfill-gas power is resource recovery from refuse (3.2.6)")
r("Cement kiln carbon capture pilot capturing 200,000 t CO2 per year for use in building materials and food-grade CO2.",
  "en", "3011", ["1.5.1"], "cement CCUS pilots", transition=True)
r("钢铁企业氢基竖炉直接还原铁示范工程，年产直接还原铁50万吨，替代部分高炉铁水。",
  "zh", "3110", ["1.4.2"], "hydrogen-based DRI demonstrations", transition=True, conf="judgement",
  note="process change (hydrogen metallurgy) in a key industry (1.4.2)")
r("玻璃纤维池窑全氧燃烧及余热利用改造，单位产品综合能耗下降15%。",
  "zh", "3061", ["1.4.1", "1.3.1"], "glass-fibre furnace retrofits", transition=True, conf="judgement",
  note="efficiency retrofit in building materials (1.4.1); a kiln retrofit also fits 1.3.1")
r("果园有机肥替代化肥及水肥一体化示范，化肥用量减少25%。",
  "zh", "0151", ["5.1.3"], "fertiliser-reduction demonstrations", conf="judgement",
  note="green agricultural production (5.1.3); the fertiliser cut alone does not make it certified organic (5.1.4)")
r("绿色食品认证蔬菜生产基地建设，配套冷链预冷设施。",
  "zh", "0141", ["5.1.4"], "certified green-food vegetable bases")
r("近岸海域生态环境在线监测浮标网络建设，实时监测水质、赤潮和海洋酸化。",
  "zh", "7461", ["6.4.9", "7.3.6"], "coastal monitoring buoys", blue="marine", conf="judgement",
  note="environmental monitoring system (6.4.9); also ecological monitoring and early warning (7.3.6)")
r("乡村旅游示范村建设：民宿集群、农耕体验园和生态步道。",
  "zh", "9030", ["5.1.7"], "rural-tourism villages")
r("老旧城区海绵化改造：屋顶绿化、透水铺装和雨水调蓄池。",
  "zh", "4813", ["6.4.2"], "sponge-city retrofits in old districts", blue="water")
r("Grid-side battery energy storage of 100 MW / 200 MWh at a 220 kV substation.",
  "en", "4420", ["4.3.2"], "grid-side storage")
r("新能源汽车电机控制器及车载充电机生产项目。",
  "zh", "3670", ["1.2.1"], "NEV power-electronics makers")
r("化工企业废盐资源化利用项目，将副产废盐精制为工业盐，年处理5万吨。",
  "zh", "2613", ["3.2.3"], "industrial waste-salt utilisation", conf="judgement",
  note="comprehensive use of industrial solid waste (3.2.3)")
r("再生铝项目：以废铝为原料生产铝合金锭，年产20万吨。",
  "zh", "3216", ["3.2.5"], "secondary-aluminium plants")
r("新建年产100万吨焦化项目。",
  "zh", "2521", "none", "coking capacity", note="new coking capacity; no catalogue item")
r("普通物流仓库建设，未取得绿色建筑标识。",
  "zh", "5990", "none", "ordinary warehouses", note="warehousing is eligible only as green warehousing (6.3.2)")
r("海砂开采及销售项目。",
  "zh", "1019", "none", "sea-sand mining", note="extraction harming the seabed; not blue")
r("Purchase of diesel generator sets for backup power at a shopping mall.",
  "en", "7010", "none", "diesel backup generators", note="fossil-fuel generation for an ordinary building")

HOLDOUT_IDS = range(START + 1, len(R) + 1)
