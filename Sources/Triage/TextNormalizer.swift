/// Folds text so one rule matches the ways customers write a word: full-width ASCII (`１３８`, `ＯＫ`) becomes
/// ASCII, ASCII letters become lower case, the ideographic space becomes a space, and common Traditional Chinese
/// characters become their Simplified forms (`投訴` → `投诉`). Every fold maps one scalar to one scalar, so
/// offsets in the folded text are offsets in the original.
public enum TextNormalizer {
    /// The folded scalar values of `text`, one per scalar of the input.
    public static func fold(_ text: some StringProtocol) -> [UInt32] {
        var out: [UInt32] = []
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars { out.append(fold(scalar.value)) }
        return out
    }

    /// One folded scalar value.
    @inline(__always)
    public static func fold(_ value: UInt32) -> UInt32 {
        switch value {
        case 0x41...0x5A: return value + 0x20
        case 0xFF21...0xFF3A: return value - 0xFEE0 + 0x20
        case 0xFF01...0xFF5E: return value - 0xFEE0
        case 0x3000, 0xA0: return 0x20
        case 0x0D: return 0x0A
        case 0x3400...0x9FFF: return traditionalToSimplified[value] ?? value
        default: return value
        }
    }

    /// The original scalars of `text`, for quoting matched words in explanations.
    public static func scalars(_ text: some StringProtocol) -> [Unicode.Scalar] { Array(text.unicodeScalars) }

    /// Common Traditional-only characters and their Simplified forms, as pairs.
    static let pairs =
        "們们這这個个來来對对說说會会為为國国時时與与裡里後后過过還还發发給给問问題题麼么嗎吗謝谢請请讓让號号買买貨货換换錢钱無无"
        + "關关單单據据應应該该經经聯联絡络機机處处電电話话網网碼码帳账戶户賬账務务實实現现幫帮滿满臺台灣湾產产質质壞坏訂订運运費费"
        + "顧顾體体驗验態态聽听寫写讀读條条點点開开訴诉訊讯詢询諮咨維维損损緊紧異异錄录盜盗煙烟觸触傷伤詐诈騙骗師师報报導导險险統统"
        + "潰溃當当線线連连遲迟達达遞递誤误錯错壓压劃划螢萤響响聲声動动熱热燒烧氣气著着災灾權权賠赔償偿補补員员惡恶專专業业議议進进"
        + "優优增增夠够贊赞揚扬稱称讚赞僅仅剛刚則则區区卻却參参嚴严團团圖图備备學学寶宝將将屆届帶带幾几廣广張张強强彈弹從从復复擁拥"
        + "擔担擇择擊击數数書书東东極极標标樣样樓楼歡欢歲岁歷历決决況况淨净測测溫温滅灭濕湿無无煩烦燈灯爾尔獎奖環环畫画盡尽監监盤盘"
        + "確确禮礼種种積积穩稳競竞筆笔節节範范簡简簽签糾纠紀纪約约級级紙纸紅红細细終终組组結结絕绝綠绿練练編编緣缘績绩總总織织續续"
        + "罰罚習习聞闻職职腦脑興兴舊旧蘋苹蘭兰虛虚術术衛卫裝装複复覺觉覽览觀观計计記记許许設设診诊評评試试誠诚認认調调談谈論论諾诺"
        + "證证識识護护貝贝負负貴贵貸贷資资賣卖贈赠趕赶車车軟软較较輕轻輸输轉转農农遠远適适選选邊边郵邮鄉乡醫医鐘钟鑰钥長长門门閉闭"
        + "間间閱阅陣阵陳陈際际隊队隨随雙双雜杂雞鸡離离難难雲云靈灵須须頂顶項项順顺預预頭头頻频顏颜願愿類类顯显風风飛飞飯饭館馆馬马"
        + "驅驱髮发魚鱼鳥鸟麥麦黃黄齊齐齒齿龍龙嘗尝壽寿夢梦奪夺奮奋孫孙寧宁審审屬属幣币幹干庫库廳厅彎弯惱恼愛爱慣惯憑凭懷怀戲戏拋抛"
        + "掃扫掛挂搖摇擾扰攝摄敗败斷断暫暂暢畅櫃柜檢检殘残殺杀毀毁沖冲滾滚漲涨潔洁濾滤燙烫爐炉狀状獨独獲获癢痒皺皱礙碍禍祸稅税竊窃"
        + "糧粮純纯紛纷紹绍絲丝緒绪緩缓縣县縮缩聯联膚肤膠胶臉脸莊庄薦荐藥药蟲虫製制規规視视親亲訓训託托詳详誌志誰谁課课諒谅謊谎謹谨"
        + "譯译變变貢贡貼贴貿贸賀贺賴赖購购贏赢跡迹踐践軌轨載载辦办辭辞遺遗鄰邻釋释鈔钞銀银鋪铺錶表鍵键鎖锁鏡镜鐵铁闆板闖闯陽阳陰阴"
        + "隻只雖虽靜静頓顿領领頸颈飲饮飽饱餘余驚惊鬆松麵面黨党擬拟擴扩攜携遷迁鑒鉴閃闪颱台彙汇匯汇儲储億亿倆俩側侧傳传債债價价儀仪"
        + "儘尽兌兑冊册凍冻別别劑剂勁劲勞劳勢势勵励勸劝協协厲厉厭厌吳吴啟启喚唤嘆叹囑嘱園园圍围塊块塗涂墊垫夥伙奧奥妝妆婦妇媽妈嬰婴"
        + "寬宽層层帥帅廠厂廢废徵征憂忧慶庆懇恳戀恋捨舍掙挣摺折撐撑擋挡擠挤攤摊敵敌晉晋暈晕曆历棄弃構构槍枪樂乐橫横歸归殼壳汙污沒没"
        + "洩泄淚泪淺浅湊凑漿浆潑泼濃浓灑洒煉炼爭争獅狮療疗瘋疯盞盏睜睁矯矫磚砖礦矿穀谷築筑簾帘籃篮籤签紮扎綁绑綜综綫线縫缝繩绳繪绘"
        + "繫系纜缆羅罗聖圣聰聪肅肃脅胁腳脚膽胆臨临艱艰蓋盖藝艺蘇苏虧亏衝冲誇夸誕诞謀谋講讲豐丰豬猪賓宾賞赏趨趋躍跃軍军輛辆輝辉輪轮"
        + "辯辩遙遥醜丑針针鈕钮鋼钢鍋锅鏈链鑽钻闊阔隱隐霧雾韓韩頁页頗颇顆颗颳刮飄飘饋馈駕驾騎骑鬥斗鬧闹鮮鲜鹽盐麗丽黴霉齡龄準准係系"
        + "佈布週周於于並并兒儿餵喂閒闲慮虑盃杯傢家簡简戶户賬账註注冊册啓启擷撷劉刘趙赵馮冯鄧邓葉叶呂吕盧卢鍾钟譚谭陸陆賈贾龔龚聶聂魯鲁鄒邹萬万鄺邝歐欧鮑鲍閔闵欒栾閆闫楊杨丟丢"
        // Characters of rule phrases that were missing above.
        + "兩两爲为亂乱倉仓僞伪養养內内兇凶場场牆墙夾夹屢屡豈岂崗岗徑径憤愤揀拣攔拦擺摆曬晒滯滞爛烂貓猫瘓痪癱瘫羣群脫脱艦舰營营見见討讨訪访語语諉诿譜谱責责鬱郁裏里釣钓銷销鏽锈悶闷閘闸額额飆飙罵骂驟骤鴿鸽"

    /// `pairs` as a lookup table.
    static let traditionalToSimplified: [UInt32: UInt32] = {
        var table: [UInt32: UInt32] = [:]
        let scalars = Array(pairs.unicodeScalars)
        var index = 0
        while index + 1 < scalars.count {
            let (t, s) = (scalars[index].value, scalars[index + 1].value)
            if t != s, table[t] == nil { table[t] = s }
            index += 2
        }
        return table
    }()
}
