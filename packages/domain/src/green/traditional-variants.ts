/**
 * Traditional → Simplified for the characters the green vocabulary uses (one character each, so text positions do
 * not move). Not a converter: a cheap table so that 風電場 and 污水處理 in a Hong Kong or Taiwan description meet
 * the Simplified terms. Pairs are written Traditional then Simplified.
 */
const PAIRS =
  "電电風风氣气熱热節节環环綠绿發发車车陽阳儲储淨净廢废處处廠厂汙污設设備备產产業业術术資资煉炼鋼钢鐵铁礦矿燒烧爐炉" +
  "鍋锅機机網网線线變变壓压雙双導导體体質质養养漁渔園园農农態态復复護护區区濕湿濱滨灣湾島岛灘滩條条數数據据運运輸输" +
  "軌轨樓楼築筑組组換换縮缩輪轮葉叶塊块鋁铝銅铜鋰锂鈉钠鎳镍鈷钴氫氢續续級级標标準准認认證证評评價价項项貸贷債债銀银" +
  "險险蘭兰藍蓝漿浆燈灯龍龙動动擬拟劃划積积規规範范為为與与於于從从對对將将過过還还進进開开關关門门東东廣广層层屬属" +
  "溫温潔洁濟济滲渗測测監监檢检驗验鹽盐轉转負负調调側侧戶户頂顶蓋盖擴扩雲云計计絡络災灾圍围壩坝溝沟澇涝約约噸吨萬万" +
  "億亿際际國国團团傳传統统現现實实點点擊击號号創创優优頭头買买賣卖貿贸銷销購购務务諮咨詢询審审報报樹树種种飼饲糞粪" +
  "藥药棄弃纖纤維维紙纸膠胶輛辆纜缆鋪铺裝装飾饰擋挡牆墙濾滤輕轻靜静聲声輻辐釋释塵尘煙烟霧雾顆颗揮挥稅税權权額额匯汇" +
  "補补償偿獎奖勵励鍊链礎础構构準准離离與与獲获選选擇择備备電电區区縣县鄉乡鎮镇單单雜杂線线遷迁漲涨閥阀鏈链鏽锈剛刚" +
  "紅红麗丽魚鱼蝦虾貝贝海海灣湾瀝沥淺浅濤涛濁浊滷卤濾滤渦涡瀉泻潛潜涼凉滅灭燦灿爐炉牽牵犧牺獨独獸兽璽玺甕瓮畝亩畫画" +
  "療疗盡尽盤盘礙碍禍祸穩稳窯窑竅窍築筑簡简糧粮糴籴紀纪紋纹純纯紗纱納纳紛纷紡纺細细紹绍終终結结給给絕绝統统絲丝" +
  "經经綜综緊紧緒绪練练縱纵總总繩绳繪绘繼继續续罰罚職职聯联腦脑膚肤臟脏艙舱艦舰節节蘇苏蟲虫補补襯衬見见規规視视覽览" +
  "觀观觸触訂订記记許许設设診诊詞词試试話话該该誤误說说課课調调論论諾诺謝谢證证識识議议護护讀读豐丰貨货貢贡販贩費费" +
  "貼贴資资賓宾賴赖贈赠趕赶躍跃軟软載载輔辅輸输辦办農农遠远適适遺遗鄰邻醫医釀酿針针釣钓鈣钙鉛铅銷销鋅锌錄录錢钱錫锡" +
  "鍵键鎖锁鏡镜鐘钟長长閉闭間间閘闸闆板陣阵陸陆陰阴隊队際际隱隐雞鸡難难雖虽電电霧雾靈灵韓韩響响頁页順顺預预領领頻频" +
  "題题額额顏颜願愿類类顯显飛飞飲饮館馆馬马駕驾驅驱驗验體体髒脏鬥斗鬧闹鮮鲜鳥鸟鹼碱麥麦黃黄齊齐齒齿";

const MAP: ReadonlyMap<number, number> = (() => {
  const m = new Map<number, number>();
  for (let i = 0; i + 1 < PAIRS.length; i += 2) {
    const from = PAIRS.charCodeAt(i);
    const to = PAIRS.charCodeAt(i + 1);
    if (from !== to) m.set(from, to);
  }
  return m;
})();

/** The Simplified code unit for a Traditional one, or the unit itself. */
export function simplifiedUnit(unit: number): number {
  return MAP.get(unit) ?? unit;
}
