# fresh12 / slice b — 50 emails: 25 zh-Hant (Taiwan / Hong Kong), 25 en.
# Industries: contact-lens subscriptions, scooter / e-scooter servicing, wedding photography &
# banquet venues, pet grooming, home air purifiers & dehumidifiers, B2B cloud accounting,
# coworking memberships, e-bike & scooter sales, language-school tuition, industrial 3D printers
# & filament, airport transfers, smart thermostats.  All names, numbers and companies invented.

# ---------------------------------------------------------------- b01 zh-Hant TW inquiry/product_info/low
M("zh-Hant", "b5", "8", "許雅婷 <yating.hsu0822@gmail.com>", "想問日拋訂閱有沒有散光款",
"""您好，

我目前隱形眼鏡是在家附近的眼鏡行買的，最近看到你們有「日拋訂閱制」，每個月自動寄到家，覺得滿方便的，想先問幾個問題再決定要不要訂：

1. 日拋有沒有散光的度數？我右眼近視 425、散光 75 度，左眼 400 沒有散光
2. 兩眼度數不同的話，可以一個月寄兩種度數各 30 片嗎？
3. 訂閱可以隨時暫停嗎？我年底可能會出國兩個月
4. 如果戴了不舒服，第一盒可以退嗎

因為之前眼科醫師說我有點乾眼，所以含水量比較高的款式會比較適合嗎？

謝謝~

雅婷
0928-551-306""",
L("inquiry", "product_info", "low", "許雅婷", "0928551306", None, "", ""),
date="2024-10-03 21:47")

# ---------------------------------------------------------------- b02 zh-Hant HK complaint/delivery_delay/normal
M("zh-Hant", "u", "b", "Kelvin Lau <kelvinlau.hk@yahoo.com.hk>", "隱形眼鏡仲未到？？",
"""你好，

我喺 8月12號 喺你哋網站落咗單買三盒日拋（訂單號碼 #LH240812-0375），網站寫明 3-5 個工作天送到，依家都兩個禮拜有多，仲係未收到。

之前 WhatsApp 問過你哋客服，佢話「已經安排緊」，之後就再冇人覆我。你哋 email 俾我嘅順豐單號 SF1378802245561，我喺順豐 app 查極都話「無此運單紀錄」，即係根本就未寄出啦，咁點解又話已經發貨？

我下個禮拜三要飛台北公幹，依家手上得返兩對，真係唔夠用。麻煩你哋解釋吓到底發生咩事，同埋最遲禮拜五之前要送到。

Kelvin
9132 6087""",
L("complaint", "delivery_delay", "normal", "Kelvin Lau", "91326087", None, "LH240812-0375", "explanation"),
date="2024-08-28 13:05")

# ---------------------------------------------------------------- b03 zh-Hant TW emergency/safety/urgent (calm, neutral subject)
M("zh-Hant", "b5", "b", "王淑芬 <shufen.wang@ms27.hinet.net>", "除濕機使用問題",
"""客服人員您好：

不好意思打擾。家裡去年在貴公司官網購買的除濕機（型號 DH-16T，訂單編號 20231105-88417），這兩天晚上使用時，機器後面出風口會有一股像塑膠燒焦的味道。今天早上我先生發現電源線插頭附近有點發黑，摸起來很燙，插座上面還冒出一點點白煙。

我們已經先把插頭拔掉，現在沒有再用了，插座那面牆也有點燻黑。家裡有老人和小孩，實在不太敢再插電，請問該怎麼處理？是否可以派人來檢查看看是機器還是插座的問題？

住址在新北市板橋區，詳細地址可以再提供。

聯絡電話：(02)2957-3318（白天家裡都有人）

王淑芬 敬上""",
L("emergency", "safety", "urgent", "王淑芬", "0229573318", None, "20231105-88417", "repair"),
date="2024-07-16 08:22")

# ---------------------------------------------------------------- b04 zh-Hant TW after_sales/repair/normal
M("zh-Hant", "u", "q", "陳冠宇 <kuanyu.chen.1991@gmail.com>", "預約維修 前煞車異音",
"""你好

我的車是去年 5 月在你們台中文心店買的 EZ-5 電動機車，車架號碼後四碼 7731
最近前煞車每次煞都會有「嘰──」很刺耳的聲音，下雨天更大聲，路人都會回頭看 = =
上個月 10 號才剛在文心店做過一年保養，師傅說有換來令片，是不是裝的時候沒裝好？

想預約這週六上午回文心店檢查維修，
如果是保養時沒處理好的話，希望可以免費處理，謝謝

冠宇
0912 846 203""",
L("after_sales", "repair", "normal", "陳冠宇", "0912846203", None, "", "repair"))

# ---------------------------------------------------------------- b05 zh-Hant HK complaint/service_attitude/normal
M("zh-Hant", "u", "8", "mrswong.bobo@gmail.com", "對旺角分店職員嘅態度非常失望",
"""你好，

我上星期六（9月14日）帶隻貴婦狗 BoBo 去你哋旺角分店做 full grooming，預約咗下晝兩點，我準時到，結果坐咗成個鐘都冇人理。我問前台個男職員幾時到我，佢頭都唔擰就話「等多陣啦，今日好多狗」，語氣好差。

接狗嗰陣我發現佢兩隻耳仔啲毛冇剪好，一邊長一邊短。我好客氣咁問可唔可以執一執，個美容師即刻黑面，仲喺我面前同同事講「啲客真係多嘢講」。我幫襯咗你哋三年，第一次受到咁嘅對待。

我唔係想搞大件事，但希望你哋管理層正視吓前線員工嘅態度，俾個解釋我，同埋我覺得佢哋應該同我道歉。

黃太
會員編號：PG-HK-20871
電話：6187 2290""",
L("complaint", "service_attitude", "normal", "黃太", "61872290", "PG-HK-20871", "", "explanation apology"),
date="2024-09-19 22:10")

# ---------------------------------------------------------------- b06 zh-Hant TW emergency/account_security/urgent
M("zh-Hant", "b5", "8", "林怡君 <yichun.lin.tw@gmail.com>", "我的帳號被改地址了？？",
"""你好，我剛剛收到你們的通知信說「您的收件地址已變更」、「付款卡片已更新」，但我完全沒有做這些操作！！

登入後看到最近登入紀錄有一筆是今天凌晨 3:12，地點顯示在越南胡志明市，還多了一筆我沒下過的訂單 CL-TW-2411-00923，金額 NT$8,640，收件地址是高雄一個我完全不認識的地方。

我已經先改了密碼，但很怕信用卡資料已經外洩。請你們馬上把這筆訂單取消、不要出貨，已經扣的款請退回來，也幫我確認帳號是不是還有其他異常。

會員帳號：M0058213
林怡君 0955-318-772""",
L("emergency", "account_security", "urgent", "林怡君", "0955318772", "M0058213", "CL-TW-2411-00923", "refund explanation"),
date="2024-11-12 07:41")

# ---------------------------------------------------------------- b07 zh-Hant HK after_sales/refund/normal (Outlook From:/Sent: quote, hotline traps)
M("zh-Hant", "u", "q", "Cheung Mei Ling <meiling.cheung@outlook.com>", "RE: 婚紗攝影套餐取消及退款",
"""你好 Ms Chan,

多謝你嘅回覆。我哋已經決定取消 11 月嘅海外婚照 package（訂單編號 WS-HK-240611-17），原因係我未婚夫公司臨時派佢去英國半年，真係冇辦法。

根據合約第 8 條，拍攝日前 60 日或以上取消可以退返 70% 訂金。我哋今日（9月2日）通知，距離拍攝日（11月20日）仲有 79 日，所以應該退返 HK$12,600 x 70% = HK$8,820。麻煩安排退款到原本嗰張信用卡。

如果有咩文件要簽，可以 email 俾我，或者打我手機 5498 0321。

Mei Ling


From: Angel Chan <angel.chan@everbloom-bridal.hk>
Sent: Friday, August 30, 2024 6:15 PM
To: meiling.cheung@outlook.com
Subject: RE: 婚紗攝影套餐取消及退款

張小姐你好，

收到你嘅查詢。如需取消套餐，請提供訂單編號，我哋會按合約條款處理。
如有疑問，歡迎致電客戶服務熱線 2388 6120 或者我嘅直線 3167 2045。

Angel Chan
Customer Relations
Everbloom Bridal & Banquet""",
L("after_sales", "refund", "normal", "Cheung Mei Ling", "54980321", None, "WS-HK-240611-17", "refund"),
date="2024-09-02 11:36")

# ---------------------------------------------------------------- b08 zh-Hant TW complaint/product_quality/urgent (repeated, 消保官 + 爆料)
M("zh-Hant", "b5", "q", "蔡明哲 <mingche.tsai@gmail.com>", "第三次反映！婚紗照修圖品質，再不處理我就找消保官",
"""你們到底有沒有在看信？

這是我第三次寫信反映了（9/3、9/10 各寫過一次，電話也打過兩次，每次都說「會轉給攝影師」，然後就沒有下文）。

我們 7 月在你們淡水外拍，套餐編號 LOVE-2024-0719-B，總共花了 68,800 元。拿到的精修照：
- 新娘的手臂修到變形，背景的欄杆全部都歪了
- 有 6 張明顯失焦，居然還放進相本
- 相本封面燙金字把我老婆的名字拼錯

當初簽約時業務說「不滿意可以重修到滿意為止」，結果現在連個回覆都沒有。

我的要求很簡單：
1. 全部重新修圖、相本重做
2. 給我們一個書面道歉
3. 失焦的那幾組要給合理的補償

這週五前沒有具體回覆，我會直接向新北市政府消保官申訴，也會把整個過程 PO 上 PTT 婚板跟 Dcard，讓大家看看你們的品質。

蔡明哲
0921-660-385""",
L("complaint", "product_quality", "urgent", "蔡明哲", "0921660385", None, "LOVE-2024-0719-B", "apology compensation"),
date="2024-09-17 23:58")

# ---------------------------------------------------------------- b09 zh-Hant HK inquiry/order_status/normal (HTML only)
M("zh-Hant", "u", "b", "Sammi Ho <sammiho1988@gmail.com>", "查詢濾網訂單",
"""<html><body>
<div>Hello,</div>
<div><br></div>
<div>想問下我上星期喺網上訂嘅 HEPA 濾網 x2（訂單 AP-HK-58213），狀態一直顯示「處理中」，唔知幾時會寄出呢？</div>
<div><br></div>
<div>部空氣清新機已經亮咗紅燈提我換濾網，所以想知道大概幾時到，我好安排屋企有人收貨 &#x1F642;</div>
<div><br></div>
<div>如果需要可以 call 我：9870-5512</div>
<div><br></div>
<div>Thanks!<br>Sammi</div>
</body></html>""",
L("inquiry", "order_status", "normal", "Sammi Ho", "98705512", None, "AP-HK-58213", ""),
html=True, date="2025-02-18 12:20")

# ---------------------------------------------------------------- b10 zh-Hant TW suggestion/feature_request/low
M("zh-Hant", "b5", "8", "阿凱 <kai.motor77@yahoo.com.tw>", "給你們APP的一點建議",
"""嗨，我是你們的老客戶，家裡兩台車都在你們這邊保養（一台 125 一台電動的）。

用 APP 預約保養好幾次了，有幾個小建議：

一、可以讓我設定兩台車分別的保養提醒嗎？現在好像只能綁一台，另一台每次都要手動輸入車牌
二、預約時段能不能顯示還剩幾個名額，不然常常選好了才跳「已額滿」
三、保養完可以在 APP 裡看到這次換了哪些零件跟價錢，紙本單據我常常弄丟 XD

以上，不是抱怨啦，只是覺得可以更好用。加油！

張凱翔""",
L("suggestion", "feature_request", "low", "張凱翔", None, None, "", ""))

# ---------------------------------------------------------------- b11 zh-Hant TW emergency/safety/urgent (misleading subject, told in passing)
M("zh-Hant", "u", "8", "吳佩珊 <peishan.wu@gmail.com>", "想預約下週的定期保養",
"""您好，

我的電動機車（EZ-3，車牌 MKK-6021）快到一萬公里了，想預約下週三或週四晚上到桃園中正店做定期保養。

另外順便問一下，昨天晚上在家裡騎樓充電的時候，電池那邊有聽到「啪」一聲，之後聞到一股很刺鼻的燒焦味，座墊下面也熱熱的，我就先把充電線拔掉了。今天早上看電池外殼好像有一點鼓起來。這個保養的時候可以一起看嗎？還是要另外處理？
車子目前還停在騎樓，旁邊就是我家大門。

謝謝

佩珊 0970-225-819""",
L("emergency", "safety", "urgent", "吳佩珊", "0970225819", None, "", "repair"),
date="2025-03-11 09:03")

# ---------------------------------------------------------------- b12 zh-Hant TW other/null/low (job application)
M("zh-Hant", "b5", "b", "鄭宇彤 <yutung.cheng.groomer@gmail.com>", "應徵寵物美容師－鄭宇彤",
"""您好：

我在人力銀行上看到貴店徵求寵物美容師（台北大安店），特此來信應徵。

我目前持有丙級寵物美容證照，在板橋一家寵物店擔任美容助理兩年，熟悉小型犬洗澡、修腳底毛、基本造型（泰迪熊頭、圓臉），也有幫貓咪洗澡的經驗。個性細心有耐心，也不太怕被咬 XD

附件為履歷及作品照片，方便的話希望能安排面試，平日任何時段都可以配合。

鄭宇彤
手機：0987-112-543""",
L("other", None, "low", "鄭宇彤", "0987112543", None, "", ""),
date="2024-06-05 10:14")

# ---------------------------------------------------------------- b13 zh-Hant HK after_sales/installation/normal (technician number trap)
M("zh-Hant", "u", "8", "陳生 <chan.tm.hk@netvigator.com>", "安裝新風機 — 想改安裝日期",
"""你好，

我喺 10 月 5 號喺你哋銅鑼灣陳列室買咗一部嵌入式新風淨化機（單號 CWB-241005-033），原本約咗 10 月 19 號（星期六）上門安裝。

但係今日收到管理處通知，我哋大廈星期六日一律唔准鑽牆開窿，要改平日先得。可唔可以幫我改去 10 月 22 或者 23 號？上晝下晝都得。

另外想確認吓，師傅開窿之後會唔會幫手補返油？因為張單上面冇寫。

之前安裝部同事 send 咗個 SMS 俾我，話有咩可以直接搵師傅李生 6234 1189，但係我打咗兩次都冇人聽，所以 email 嚟問。

陳生
住宅電話 2891 4472""",
L("after_sales", "installation", "normal", "陳生", "28914472", None, "CWB-241005-033", ""),
date="2024-10-14 18:30")

# ---------------------------------------------------------------- b14 zh-Hant TW inquiry/billing/normal
M("zh-Hant", "b5", "q", "何家瑜 <chiayu.ho@gmail.com>", "學費扣款疑問",
"""您好，

我女兒在你們台中校區上兒童英文（週三、週五班），本期學費是信用卡分三期，每期 NT$6,200。

這個月信用卡帳單上看到 11/5 和 11/6 各有一筆 6,200 元的扣款，商店名稱都是你們學校。不確定是系統重複扣款，還是其中一筆是下一期提前扣？

麻煩幫我查一下，如果是重複扣款再請協助退回。謝謝！

學員：林品妤（學號 TC-K2307）
家長 何家瑜
04-2326-8815 分機 12（公司）""",
L("inquiry", "billing", "normal", "何家瑜", "0423268815", "TC-K2307", "", "explanation refund"),
date="2024-11-20 14:05")

# ---------------------------------------------------------------- b15 zh-Hant TW complaint/wrong_item/normal
M("zh-Hant", "u", "b", "黃建誠 <jason@makerlab-tw.com>", "又寄錯了...",
"""Hi，

訂單 #F2409-33187 我訂的是 PETG 1.75mm 黑色 ×4、透明 ×2，今天收到的箱子裡面是 PLA+ 黑色 ×4，透明的根本沒來。

這已經是今年第二次寄錯了（6 月那張訂單 F2406-10452 也是把 TPU 寄成 PLA），上次客服說會「加強出貨檢查」，結果還是一樣。我們工作室是接客戶案子的，PETG 跟 PLA 耐溫完全不同，助理差點直接裝上機器印下去。

請盡快補寄正確的 PETG（黑 ×4、透明 ×2）過來，錯的 PLA+ 請安排黑貓來收回，來回運費不應該由我們出。也希望給個說明，到底出貨流程是哪裡出問題。

建誠
造物實驗室 MakerLab
02-8771-5023""",
L("complaint", "wrong_item", "normal", "黃建誠", "0287715023", None, "F2409-33187 F2406-10452", "exchange explanation"),
date="2024-09-24 16:42")

# ---------------------------------------------------------------- b16 zh-Hant TW emergency/system_outage/urgent (HTML, tax id trap)
M("zh-Hant", "u", "q", "財務部 李美華 <meihua.lee@hongyuan-trading.com.tw>", "【急】系統一直登不進去，今天要開發票",
"""<html><head><meta charset="utf-8"></head><body>
<p>客服您好：</p>
<p>我們公司使用貴公司的雲端會計系統（客戶編號：CA-TW-003318），從今天早上 9 點多開始，登入頁面一直轉圈圈，最後出現「503 Service Unavailable」。換了 Chrome、Edge、手機都一樣，財務部 6 個同事也全部都登不進去。</p>
<p>今天是年底最後一天，<b>下午 5 點前</b>一定要開立電子發票給客戶，也要把這個月的傳票做完結帳，現在整個財務部都卡住，沒辦法工作。</p>
<p>請問是系統維護還是故障？大概什麼時候可以恢復？麻煩盡快回覆或來電，謝謝。</p>
<p>宏遠貿易股份有限公司&nbsp;財務部<br>
李美華<br>
TEL：(02)2505-6618 #231<br>
統一編號：53791206</p>
</body></html>""",
L("emergency", "system_outage", "urgent", "李美華", "0225056618", "CA-TW-003318", "", "explanation callback"),
html=True, date="2024-12-31 09:48")

# ---------------------------------------------------------------- b17 en HK after_sales/exchange/normal
M("en", "a", "7", "Alvin Cheung <alvin.cheung.hk@gmail.com>", "Exchange e-bike frame size",
"""Hi,

I picked up a Voltra Trail 3 e-bike from your Kwun Tong shop last Saturday (order HK-EB-24-0716). The staff measured me and said size M is fine, but after riding it twice I find the top tube is too high for me - I'm 165cm and I can't put my feet down at traffic lights comfortably.

The bike is basically new, only about 15km on it, no scratches. Can I exchange it for size S of the same model and colour (matte grey)? Happy to pay any difference if there is.

Please let me know when I can bring it in.

Thanks,
Alvin
+852 6021 8834""",
L("after_sales", "exchange", "normal", "Alvin Cheung", "60218834", None, "HK-EB-24-0716", "exchange"),
date="2024-07-22 20:11")

# ---------------------------------------------------------------- b18 zh-Hant TW inquiry/policy/low
M("zh-Hant", "u", "8", "sophia.liao@gmail.com", "接送機服務的幾個問題",
"""你好～明年 2 月全家要去日本，想預約你們桃園機場的接送，出發前想先問清楚：

1. 如果回程班機延誤，司機會等多久？超過的時間會另外收費嗎？
2. 我們 2 大 2 小，行李大概 4 個 28 吋加 2 個登機箱，要訂哪一種車型比較夠？
3. 小朋友 3 歲跟 6 歲，可以加兒童安全座椅嗎？一張多少錢？
4. 取消的話要多久之前講才不會扣款？

謝謝！

廖小姐""",
L("inquiry", "policy", "low", "廖小姐", None, None, "", ""),
date="2024-12-02 22:35")

# ---------------------------------------------------------------- b19 zh-Hant HK complaint/service_attitude/urgent (repeated, 消委會 + 報館, hotline trap)
M("zh-Hant", "u", "b", "Raymond Yip <raymondyip@hotmail.com>", "Re: 你們的回覆完全唔可以接受",
"""我已經係第三次寫信嚟，你哋仲係用罐頭回覆打發我？

再講多次：11月8號朝早5點半，我喺你哋網站訂咗由太古城去機場嘅接送（預約編號 ATB-781204），已經俾咗 HK$420。結果等到5點50都未見車，打你哋熱線 3705 8899 等咗20分鐘先有人聽，接線嗰個女仔第一句就話「司機塞車㗎嘛，你自己搭的士啦」，我問佢點處理，佢竟然話「我都冇計」，然後就收咗線。

我最後自己截的士去機場，差啲 miss 咗班機。到今日成兩個禮拜，你哋只係話「已轉交相關部門」。

我要求：
1. 全數退返 HK$420
2. 賠返我嘅的士錢 HK$385
3. 正式書面道歉，同埋交代個接線生點處理

如果 48 小時內再冇實質回覆，我會去消委會投訴，同埋將成件事連錄音交俾報館。

Raymond
9455 3021

> 親愛的客戶：
>
> 感謝您的來信，我們已將您的個案轉交相關部門跟進，
> 如有需要請致電客戶服務熱線 3705 8899。
>
> 機場快線接送 客戶服務部""",
L("complaint", "service_attitude", "urgent", "Raymond Yip", "94553021", None, "ATB-781204", "refund compensation apology"),
date="2024-11-22 10:02")

# ---------------------------------------------------------------- b20 zh-Hant TW other/null/low (auto-reply)
M("zh-Hant", "u", "b", "周文彬 <wenbin.chou@yeecheng-tech.com.tw>", "自動回覆: 您的濾網訂閱即將到期",
"""您好，

本人於 2025/1/24 至 2025/2/2 農曆春節休假，期間無法即時回覆郵件。
採購相關事宜請洽 林小姐（分機 218），或來電公司總機 (03)578-2266。

造成不便，敬請見諒。

周文彬
業成科技股份有限公司 採購課""",
L("other", None, "low", "周文彬", None, None, "", ""),
date="2025-01-24 09:00",
extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")])

# ---------------------------------------------------------------- b21 zh-Hant TW after_sales/warranty/normal (寄件者 block, masked phone, 0800 hotline, full-width digits)
M("zh-Hant", "b5", "b", "劉秀蘭 <hsiulan.liu@gmail.com>", "回覆: RE: 空氣清淨機保固維修",
"""您好，

照您說的，我已經把機器底部的序號貼紙拍照了（附件），序號是 AP50-TW-2304-118827。發票日期是去年 12 月 28 日，在家電量販店買的，所以應該還在一年保固內。

目前狀況還是一樣：開到第二段以上就有「喀喀喀」的聲音，像是有東西卡在風扇裡面，晚上睡覺根本不能開。

請問是要我自己寄回去，還是你們派人來收？家裡在台南市東區，平日白天都有人在。

聯絡手機：０９６３－５５８－２０７

劉秀蘭


寄件者: 清淨家電客服中心 <service@purehome.com.tw>
寄件日期: 2024年11月18日 下午 02:31
收件者: hsiulan.liu@gmail.com
主旨: RE: 空氣清淨機保固維修

劉小姐您好：

我們已收到您的保固申請，請提供產品序號及購買發票照片，以利確認保固期限。
我們紀錄中您的聯絡電話為 0963-***-207，如需更新請告知。

客服專線：0800-036-588（週一至週五 9:00-18:00）
客服人員 小安""",
L("after_sales", "warranty", "normal", "劉秀蘭", "0963558207", None, "", "repair"),
date="2024-11-19 10:17")

# ---------------------------------------------------------------- b22 zh-Hant HK suggestion/feedback/low
M("zh-Hant", "u", "q", "Ivy Kwok <ivykwok.events@gmail.com>", "多謝晒！同埋幾個小建議",
"""Hi 團隊，

上個月 26 號我哋喺你哋尖沙咀宴會廳擺咗 22 圍，整體真係好滿意，尤其係當晚個 captain Alan 好醒目，幫我哋搞掂晒個 timing，大家都讚。

有幾樣嘢想畀吓意見，希望對你哋將來嘅新人有幫助：

1. 素食嘅選擇可以多啲，我哋有兩圍親戚食素，得三款菜揀，有啲單調
2. 新娘房太細，化妝師、攝影師同埋四個姊妹一齊入去就轉唔到身
3. 停車場嘅泊車優惠如果可以喺訂場嗰陣講清楚就好啲，當晚好多親戚喺度問

總之多謝晒大家！

Ivy & Ken""",
L("suggestion", "feedback", "low", "Ivy Kwok", None, None, "", ""),
date="2025-01-08 15:26")

# ---------------------------------------------------------------- b23 zh-Hant HK emergency/account_security/urgent (fraud)
M("zh-Hant", "u", "b", "麥太 <mak.family.hk@gmail.com>", "收到一封話轉咗收款戶口嘅信，係咪你哋寄㗎？",
"""你好，

今朝收到一封自稱係你哋學校會計部嘅電郵，話學校「更換銀行戶口」，叫我將我個仔下學期嘅學費 HK$18,600 轉去一個新嘅銀行戶口，仲話今日之內唔交就會取消學位。封信有學校個 logo，仲寫齊我個仔嘅全名同班別，所以我冇諗太多，中午已經用網上理財轉咗錢。

頭先同其他家長傾開，佢哋話從來冇收過呢封信，我開始驚係俾人呃咗。

想問：
1. 學校係咪真係有換戶口？
2. 點解騙徒會知道我個仔嘅資料？係咪你哋家長帳戶俾人入侵咗？

我已經打咗去銀行想截停筆錢，但係佢哋話要學校確認先得，麻煩盡快覆我或者打俾我 6902 7753。

學生：麥子軒（學生編號 ELS-23-0417）
家長：麥太""",
L("emergency", "account_security", "urgent", "麥太", "69027753", "ELS-23-0417", "", "explanation callback"),
date="2025-01-13 15:48")

# ---------------------------------------------------------------- b24 zh-Hant TW after_sales/exchange/urgent (wedding tomorrow morning)
M("zh-Hant", "u", "8", "楊詩涵 <shihan.yang.0305@gmail.com>", "明天就要婚禮了！！禮服尺寸不對可以換嗎",
"""您好，我是明天（3/8）中午在你們中港館辦婚宴的新娘，禮服租借方案編號 WD250308-06。

剛剛去店裡拿敬酒服（香檳色魚尾那件），回家試穿發現拉鍊完全拉不上去，腰圍至少小了兩吋。後來看吊牌才發現拿到的是 S 號，但我上個月試穿時確認的是 M 號！

明天早上 8 點新秘就要來飯店化妝了，請問今天晚上或明天一早 7 點前能不能幫我換成 M 號？我們可以自己開車去店裡拿，或是請你們送到飯店都可以。

店裡電話打了都沒人接（應該下班了），拜託看到信馬上跟我聯絡！！

楊詩涵 0911-730-426""",
L("after_sales", "exchange", "urgent", "楊詩涵", "0911730426", None, "WD250308-06", "exchange callback"),
date="2025-03-07 20:15")

# ---------------------------------------------------------------- b25 zh-Hant HK inquiry/how_to/low (formal written Chinese, Big5)
M("zh-Hant", "b5", "8", "梁國強 <kkleung1952@yahoo.com.hk>", "請教除濕機定時功能",
"""敬啟者：

本人月前於貴公司購買除濕機一部，型號 DH-20W。用戶手冊第十二頁提及可用手機程式設定定時開關，惟本人年事已高，跟足步驟仍未能連接家中無線網絡，每次均顯示「配對逾時」。

敬請指教：
一、是否必須使用 2.4G 網絡？家中路由器只顯示一個名稱，不知是何種網絡。
二、如不使用手機程式，機身按鈕可否設定每日自動開關？

煩請賜覆，不勝感激。

梁國強 謹啟
電話：2547 9130""",
L("inquiry", "how_to", "low", "梁國強", "25479130", None, "", ""),
date="2024-05-27 10:40")

# ---------------------------------------------------------------- b26 zh-Hant TW other/thanks/low
M("zh-Hant", "u", "8", "林佳蓉 <ximi.mama@gmail.com>", "謝謝美容師 Amy！",
"""你們好～

昨天帶我家小米（14 歲的老柴犬）去洗澡修毛，牠有關節炎又很怕吹風機，本來很擔心會出狀況。美容師 Amy 全程都很有耐心，還讓牠中途趴著休息兩次，回家後小米心情超好，毛也蓬蓬的超可愛 🐶

只是想說聲謝謝，請幫我轉達給 Amy！下個月見～

小米媽媽 佳蓉""",
L("other", "thanks", "low", "林佳蓉", None, None, "", ""),
date="2024-08-11 19:52")

# ================================================================ English

# ---------------------------------------------------------------- b27 en US emergency/safety/urgent (misleading subject, told in passing)
M("en", "a", "7", "Greg Thornton <gthornton.home@gmail.com>", "Firmware update question",
"""Hi there,

Quick question - my Halo T3 thermostat updated itself overnight (now on 4.2.1) and since then the schedule seems to be off by an hour. Is that a known bug with daylight saving?

Also, not sure if it's related, but this morning when the furnace kicked on there was a popping noise from the wall plate and a burning plastic smell in the hallway. I pulled the unit off the wall and the back of it where the C-wire connects is scorched brown, and the insulation on that wire looks melted. I've switched the breaker off for the furnace for now. Is it safe to turn it back on? Should I be calling an electrician?

Order was #HT-3319827 from your website back in March.

Thanks,
Greg
(614) 555-0187""",
L("emergency", "safety", "urgent", "Greg Thornton", "6145550187", None, "HT-3319827", "explanation"),
date="2024-11-04 07:32")

# ---------------------------------------------------------------- b28 en MY inquiry/product_info/low (non-native, business)
M("en", "u", "8", "Tan Wei Ming <weiming.tan@precisionmould.com.my>", "Enquiry on IX-600 printer for PEEK / ULTEM",
"""Dear Sir/Madam,

We are a mould making company in Penang, currently evaluating industrial FDM printer for make jigs and fixtures in-house. Kindly advise the following for your IX-600 model:

1) Max nozzle temperature and heated chamber temperature – can it print PEEK and PEI (ULTEM 9085)?
2) Build volume and minimum layer height
3) Is there local service partner in Malaysia or need to ship back to Singapore for repair?
4) Lead time and price in MYR, include installation and operator training.

Appreciate if you can send us the brochure and a quotation.

Thank you.

Best regards,
Tan Wei Ming
Engineering Manager
Precision Mould Sdn Bhd
H/P: 012-498 7713""",
L("inquiry", "product_info", "low", "Tan Wei Ming", "0124987713", None, "", ""),
date="2024-06-19 11:08")

# ---------------------------------------------------------------- b29 en SG after_sales/repair/urgent (production stopped)
M("en", "u", "q", "Priya Raman <priya.raman@axiondynamics.sg>", "URGENT - IX-900 extruder fault, production line halted",
"""Hi Support,

Our IX-900 (serial IX9-SG-00412) went down at 6:10am today with error E-207 "Hotend thermal runaway" on the left extruder. We've power-cycled it twice and swapped the thermistor with the spare from the maintenance kit – same error within 2 minutes of heating up.

This machine prints the end-of-arm tooling for our packaging line and we have no buffer stock. Line 2 has been stopped since this morning and we're losing roughly 400 units an hour.

We're on the Gold service contract (contract ref GSC-2291, customer ID SG-C-10877). Please send a field engineer today. I'm on site until 8pm, mobile +65 9127 4408.

If you need to ship parts, our PO for a replacement hotend assembly is PO-AX-24-0931.

Regards,
Priya Raman
Manufacturing Engineering Lead
Axion Dynamics Pte Ltd""",
L("after_sales", "repair", "urgent", "Priya Raman", "91274408", "SG-C-10877", "PO-AX-24-0931", "repair"),
date="2024-10-08 08:47")

# ---------------------------------------------------------------- b30 en UK complaint/billing/normal (ISO-8859-1, £)
M("en", "l1", "q", "Fiona McAllister <fiona@mcallisterjoinery.co.uk>", "October invoice - wrong AGAIN",
"""Hello,

I've just had our October invoice and you've billed us for 12 user seats again at £14.50 each. We have FIVE users. We reduced from 12 to 5 back in July when two of the lads left, and your colleague Darren confirmed the change on the phone at the time.

This is the third month in a row. August and September I let go because I assumed it would sort itself out, but that's £101.50 a month we're overpaying - £304.50 so far. Frankly it's not good enough for an accounting software company to get its own billing wrong.

Please correct the seat count, refund the difference for August to October, and explain why the change was never applied.

Account number: MJ-00482-UK

Fiona McAllister
Director, McAllister Joinery Ltd
01506 778 214""",
L("complaint", "billing", "normal", "Fiona McAllister", "01506778214", "MJ-00482-UK", "", "refund explanation"),
date="2024-11-01 09:15")

# ---------------------------------------------------------------- b31 en SG emergency/system_outage/urgent (HTML only)
M("en", "u", "b", "Daniel Koh <daniel.koh@brightlane.com.sg>", "API returning 500 - payroll run blocked",
"""<html><body>
<div style="font-family:Calibri,sans-serif">Hi team,</div>
<p>Since about 10:15 this morning (SGT) every call to your <b>/v2/journals</b> and <b>/v2/payruns</b> endpoints returns <code>HTTP 500 Internal Server Error</code>. The web dashboard also hangs on &quot;Loading ledgers&hellip;&quot; for every user. Your status page still says &quot;All systems operational&quot;.</p>
<p>We&#39;re an outsourced payroll bureau &ndash; 37 client companies, about 1,400 employees &ndash; and today is the 25th, our payroll cut-off. If we can&#39;t post payruns by <b>3pm</b>, salaries won&#39;t reach employees tomorrow.</p>
<p>Tenant ID: BLN-SG-7720<br>
Sample request ID: req_8f2c91ab77</p>
<p>Please escalate and call me as soon as someone is looking at it: 8233 6610.</p>
<p>Daniel Koh<br>
Head of Operations, Brightlane Payroll Services</p>
</body></html>""",
L("emergency", "system_outage", "urgent", "Daniel Koh", "82336610", "BLN-SG-7720", "", "callback"),
html=True, date="2024-09-25 10:41")

# ---------------------------------------------------------------- b32 en expat Shanghai emergency/account_security/urgent (calm)
M("en", "u", "8", "Matthias Berger <matthias.berger.sh@gmail.com>", "Access log question",
"""Hi,

Not sure who handles this, so sending it here. I got an email this morning saying "Your access card was used at Hub Jing'an, 03:17". I was at home asleep at that time, and my card is in my wallet right now.

I checked the member app and there's also a login from a new device ("Android – Xiaomi 13") yesterday at 23:40, which isn't me – I only use an iPhone. The app also shows two meeting-room bookings under my name for tomorrow that I didn't make.

I keep my laptop and some prototype hardware in my locker (B-118), so I'm a bit worried. Could you please lock my account and card, check the door log / CCTV, and let me know what happened? I've already changed my password.

Member ID: SH-DD-5519

Thanks,
Matthias Berger
+86 138 1652 7704""",
L("emergency", "account_security", "urgent", "Matthias Berger", "13816527704", "SH-DD-5519", "", "explanation"),
date="2025-04-09 08:26")

# ---------------------------------------------------------------- b33 en MY inquiry/billing/normal (non-native; Original Message quote with invoice no.)
M("en", "a", "7", "Nurul Aisyah <nurul.aisyah.r@gmail.com>", "RE: Your January invoice is ready",
"""Hi good afternoon,

I just upgrade my membership from Hot Desk to Dedicated Desk on 15 Jan. But the invoice for January show RM 1,450 which is full month of dedicated desk plus RM 380 for hot desk also. Is it the system will prorate later in February invoice or I need to apply something? Just want to understand the calculation before I pay. Due date is 31 Jan right?

Member no: KL-M-20417

Thanks ya
Aisyah

-----Original Message-----
From: Billing <billing@commonground-cowork.my>
Sent: Wednesday, 22 January 2025 9:00 AM
To: nurul.aisyah.r@gmail.com
Subject: Your January invoice is ready

Dear Member,

Your invoice INV-KL-250101-2217 for RM 1,830.00 is now available in the member portal.
Payment is due on 31 January 2025. For billing questions call 03-2771 8800.

CommonGround Coworking""",
L("inquiry", "billing", "normal", "Nurul Aisyah", None, "KL-M-20417", "", "explanation"),
date="2025-01-22 14:12")

# ---------------------------------------------------------------- b34 en SG complaint/product_quality/normal (Singlish)
M("en", "u", "8", "Lim Chee Keong <ckeong.lim@gmail.com>", "Voltra City 2 battery range very bad",
"""Hi,

I bought Voltra City 2 from your Jurong showroom 4 months ago (order no. 2024-SG-03871). Salesman tell me can ride 80km one charge. Now full charge only can go 25-30km, flat road, eco mode somemore, and I am only 68kg.

Also the display sometimes suddenly blank then come back on by itself.

Last month I already brought it to your service centre, they say "battery normal, software updated" and return me. After 2 days same problem. I pay $2,399 for this bike, I expect quality better than this leh.

I don't want another "software update". Please replace the battery with new one, and explain why your salesman say 80km when real one is not even half.

Lim Chee Keong
9688 1043""",
L("complaint", "product_quality", "normal", "Lim Chee Keong", "96881043", None, "2024-SG-03871", "exchange explanation"),
date="2024-08-06 21:19")

# ---------------------------------------------------------------- b35 en US after_sales/return/normal (short, lowercase)
M("en", "a", "7", "Brianna Lopez <bri.lopez22@yahoo.com>", "return request - order #10045729",
"""hi, i bought the Zipp S8 scooter for my son's birthday but turns out his grandpa already got him one lol. box is unopened, still has the plastic wrap on it. can i return it? it's been 12 days.

order #10045729

do you send a return label or do i need to ship it back myself?

thanks
Bri""",
L("after_sales", "return", "normal", "Brianna Lopez", None, None, "10045729", "return"),
date="2024-12-27 16:03")

# ---------------------------------------------------------------- b36 en UK suggestion/feature_request/low
M("en", "u", "q", "Oliver Pembroke <oliver.pembroke@btinternet.com>", "Feature idea: geofencing for more than one phone",
"""Hello Halo team,

We've had two T3s (upstairs/downstairs) since last winter and on the whole we're very happy with them. A couple of ideas, in case they're useful:

• Away mode only follows the account owner's phone. My wife's phone is on the account as a "household member" but the heating still drops to 16° when I leave, even if she's at home. It'd be great if Away only kicked in when *everyone* has left.
• An "open window" detection like some radiator valves have – if the temperature drops sharply, pause heating for 20 minutes.
• A simple monthly summary email (hours heating ran, vs last month) would be nice.

No rush on any of this, just thought I'd pass it on.

Cheers,
Olly""",
L("suggestion", "feature_request", "low", "Oliver Pembroke", None, None, "", ""),
date="2025-02-02 11:44")

# ---------------------------------------------------------------- b37 en spam other/null/low (HTML)
M("en", "u", "q", "Jessica Moore <jessica@rankrocket-digital.co>", "Re: your website ranking",
"""<html><body>
<p>Hi there,</p>
<p>I was checking your website and noticed it isn&#39;t showing on page 1 of Google for key terms like <i>&quot;airport transfer booking&quot;</i> and <i>&quot;private airport pickup&quot;</i>. That means your competitors are getting the clicks &mdash; and the bookings.</p>
<p>We&#39;ve helped 300+ travel businesses get to the <b>top 3 results in 90 days</b>, guaranteed, or you don&#39;t pay.</p>
<ul><li>Full SEO audit (FREE this month)</li><li>Backlinks from DA50+ sites</li><li>Monthly ranking reports</li></ul>
<p>Just reply <b>&quot;YES&quot;</b> and I&#39;ll send over your free audit, or WhatsApp me on +1 (302) 555-0148.</p>
<p>Best,<br>Jessica Moore<br>Senior Growth Consultant | RankRocket Digital</p>
<p style="font-size:10px;color:#999">If you don&#39;t want to hear from us again, reply &quot;remove&quot;.</p>
</body></html>""",
L("other", None, "low", "Jessica Moore", None, None, "", ""),
html=True, date="2024-07-30 03:12")

# ---------------------------------------------------------------- b38 en expat Beijing inquiry/order_status/normal
M("en", "u", "8", "Sarah Whitfield <sarah.whitfield@gmail.com>", "Booking not confirmed? PEK pickup 14 Mar",
"""Hello,

I booked an airport pickup on your site on Sunday for my parents, who are flying in from Manchester – arriving PEK Terminal 3 on 14 March, flight BA039, landing 14:25. I paid by Alipay and got the payment receipt (booking ref BJ-TX-250309-442), but I've never received the confirmation email with the driver's details, and the "My bookings" page still says "Pending".

Could you check that the booking is actually confirmed? They're in their 70s and don't speak any Chinese, so I want to be sure someone will be waiting with a name sign.

My number in Beijing is 186-1107-3392 (same for WeChat).

Thanks very much,
Sarah""",
L("inquiry", "order_status", "normal", "Sarah Whitfield", "18611073392", None, "BJ-TX-250309-442", ""),
date="2025-03-11 19:38")

# ---------------------------------------------------------------- b39 en SG emergency/safety/urgent (fire)
M("en", "a", "7", "Muhammad Hafiz <hafiz.mdnoor@hotmail.com>", "e-bike battery smoking - need help now",
"""Hello, urgent.

My PAB that I bought from you last year (order SG-EB-22815) - the battery started smoking while charging in the corridor outside my flat about 20 min ago. Got small flame near the charging port, my neighbour used his fire extinguisher and SCDF already came. Nobody injured thank god but the wall is black and the battery pack is now swelling.

What do I do with the battery now? SCDF officer say don't bring it inside the house. Can your people come and collect it? I also need a report from you for the Town Council.

Call me 8124 5567

Hafiz""",
L("emergency", "safety", "urgent", "Muhammad Hafiz", "81245567", None, "SG-EB-22815", "callback"),
date="2025-05-03 22:07")

# ---------------------------------------------------------------- b40 en UK complaint/service_attitude/urgent (repeated, solicitor)
M("en", "l1", "8", "Helen Drummond <helen.drummond@outlook.com>", "Formal complaint - third time of asking",
"""To whom it may concern,

This is the third time I have written regarding my son's Mandarin course (student ref LS-UK-4471) and I have still not had a reply from anyone in management.

To recap: we paid £1,140 for the 12-week GCSE intensive. Four of the first seven lessons were cancelled with less than an hour's notice, and on two further occasions the tutor simply did not turn up and my son sat on Zoom for thirty minutes. When I telephoned your office on 14 October, the woman I spoke to told me that "these things happen" and that if I wasn't happy I "could always go elsewhere". That is not an acceptable way to speak to a customer.

I want a full written apology, a refund for the six lessons not delivered (£570), and a substantive response within seven days. Otherwise I will be passing this to my solicitor and reporting you to Trading Standards.

Helen Drummond
07700 918 442""",
L("complaint", "service_attitude", "urgent", "Helen Drummond", "07700918442", "LS-UK-4471", "", "apology refund"),
date="2024-10-28 20:50")

# ---------------------------------------------------------------- b41 en mainland student after_sales/refund/normal (NetEase quote in Chinese)
M("en", "u", "b", "Zhang Yuqi <zhangyuqi2001@163.com>", "Re: Apply refund for IELTS course",
"""Dear teacher,

Thank you for reply. I am Zhang Yuqi, I registered the IELTS 8 weeks evening class in your Shenzhen center, start from 2 December. But my company suddenly send me to Chengdu for work from next month for half year, so I can not attend the class anymore. I only attended 2 class.

I read on the contract it say can refund the remaining lessons if notice 14 days before. Can you help me to apply the refund for the left 14 lessons? The payment was by WeChat Pay, order number E2412-SZ-06631.

My phone number is 0086 139 2854 6071.

Thank you very much!
Zhang Yuqi



在 2024-12-12 10:30:00，"环语外语学校 学员服务" <service@huanyu-lang.cn> 写道：
>张同学您好：
>收到您的邮件。请提供报名时的订单号及联系电话，我们会尽快为您核实。
>如有紧急问题，请拨打学员服务热线 400-862-5517。
>学员服务中心""",
L("after_sales", "refund", "normal", "Zhang Yuqi", "13928546071", None, "E2412-SZ-06631", "refund"),
date="2024-12-12 21:33")

# ---------------------------------------------------------------- b42 en US after_sales/warranty/normal (Gmail quote with agent phone; case no. in subject)
M("en", "u", "q", "Rachel Kim <rachelkim.nyc@gmail.com>", "Re: Case 00482217 - display not working",
"""Hi Marcus,

Thanks for getting back to me. I did the reset steps you sent (held the button 15 sec, pulled it off the base, waited a minute, reattached) – still nothing on the display, it's completely black. The heat does still seem to run on the old schedule, so it's not totally dead.

It's about 14 months old, but I bought the 2-year extended warranty with it (order HT-8812045, warranty cert W-2203318). Can you send me a replacement unit? I'd rather not be without a working thermostat through January.

Rachel
212-555-0163

On Tue, Dec 10, 2024 at 4:52 PM Marcus at Halo Support <support@halo-home.com> wrote:
> Hi Rachel,
>
> Sorry to hear your display stopped working. Please try a hard reset: hold the
> main button for 15 seconds, remove the unit from the base plate, wait 60
> seconds and reattach it.
>
> If the issue persists, reply to this email or call me directly at
> 1-888-555-0199 ext. 412.
>
> Marcus
> Halo Home Customer Care""",
L("after_sales", "warranty", "normal", "Rachel Kim", "2125550163", None, "HT-8812045", "exchange"),
date="2024-12-11 08:05")

# ---------------------------------------------------------------- b43 en US inquiry/how_to/low (terse)
M("en", "a", "7", "Tom Reyes <tom@reyesroasters.com>", "importing bank statement csv?",
"""Hey - how do I import a CSV bank statement from Chase into Ledgerly? I tried Banking > Import but it says "column mapping failed" every time. File has Date, Description, Amount, Balance columns. Do I need to change the date format or something?

Not urgent, whenever.

Tom""",
L("inquiry", "how_to", "low", "Tom Reyes", None, None, "", ""),
date="2025-04-17 15:29")

# ---------------------------------------------------------------- b44 en SG suggestion/feedback/low
M("en", "u", "8", "Karen Ong <karen.ong@singnet.com.sg>", "Feedback on last week's airport pickup",
"""Hi,

Just some feedback on our pickup from Changi T3 last Thursday night (booking AT-SG-55102).

Our driver Mr Rahim was excellent – on time even though our flight was 40 minutes late, helped with all the bags and drove very carefully with the kids asleep in the back.

A few small suggestions:
- It would help to get the driver's name, photo and car plate by WhatsApp once he's assigned. The app only showed the plate number about 5 minutes before, and we were wandering around the pickup point looking for the car.
- The meeting point instructions say "Door 5" but Door 5 at T3 arrivals is a taxi stand now, so maybe update that.
- An option to add a short note to the driver (e.g. "we have a pram") during booking.

Otherwise, great service, will book again.

Karen Ong""",
L("suggestion", "feedback", "low", "Karen Ong", None, None, "AT-SG-55102", ""),
date="2024-06-24 09:57")

# ---------------------------------------------------------------- b45 en UK other/null/low (misdirected)
M("en", "a", "7", "Sunita Patel <sunita.patel@grangeworth.co.uk>", "Q3 board pack - final",
"""Hi Dave,

Please find attached the final Q3 board pack. I've updated slide 14 with the revised EBITDA bridge and moved the capex appendix to the back as Margaret asked.

Can you have a look before Thursday's pre-read goes out? If you're happy I'll send it to the company secretary on Wednesday afternoon.

Thanks,
Sunita

Sunita Patel
Finance Business Partner, Grangeworth Group""",
L("other", None, "low", "Sunita Patel", None, None, "", ""),
date="2024-10-21 17:44")

# ---------------------------------------------------------------- b46 en expat emergency/system_outage/urgent (payment page down, flight in 3 h)
M("en", "u", "8", "Ahmed Farouk <ahmed.farouk.eng@gmail.com>", "cant pay on your site",
"""Hello,

I am trying since one hour to book pickup from Pudong airport to Suzhou for tonight, my flight lands 21:40 (about 3 hours from now, I am in transit in Dubai). Every time I press "Pay now" the page show "Payment gateway error 502" and go back to the cart. I tried Visa, Mastercard and PayPal, also in your app, same error. My colleague in Shanghai also tried from his phone and he cannot pay too.

Please fix it or tell me if I can pay cash to driver? I really need the car, there is no other way to Suzhou at midnight.

My China number +86 177 2160 5538 (roaming, I have WhatsApp on airport wifi)

Ahmed Farouk""",
L("emergency", "system_outage", "urgent", "Ahmed Farouk", "17721605538", None, "", ""),
date="2025-02-26 18:35")

# ---------------------------------------------------------------- b47 en US complaint/delivery_delay/urgent (print farm idle; forward of own earlier mail)
M("en", "u", "8", "Mike Sorensen <msorensen@midwestprotolabs.com>", "FW: Order status SO-558120",
"""Third email on this.

Our print farm (12 of your X2 machines) has been sitting idle since Monday because the 40 spools of CF-Nylon we ordered on Sept 3 still haven't shipped. Your site said "ships in 2-3 business days". Nobody has answered the email below, and your phone line goes straight to voicemail.

We have a customer delivery due Friday that we're now going to miss. I need a firm ship date TODAY, and an explanation of why nobody told us this was backordered. If it's not shipping this week, cancel it and refund us so I can buy elsewhere.

Mike Sorensen
Operations Manager, Midwest Proto Labs
(608) 555-0172

---------- Forwarded message ---------
From: Mike Sorensen <msorensen@midwestprotolabs.com>
Date: Mon, Sep 16, 2024 at 8:05 AM
Subject: Order status SO-558120
To: <orders@filamentworks-pro.com>

Hi, can you give me a status on sales order SO-558120 (our PO MPL-24-1187)? It still shows "processing" on the portal.

Thanks, Mike""",
L("complaint", "delivery_delay", "urgent", "Mike Sorensen", "6085550172", None, "SO-558120 MPL-24-1187", "explanation refund"),
date="2024-09-19 07:58")

# ---------------------------------------------------------------- b48 en UK other/null/low (auto-reply)
M("en", "a", "7", "Rebecca Lawson <r.lawson@kestrel-logistics.com>", "Automatic reply: Your Ledgerly subscription renewal",
"""Thank you for your email.

I am out of the office until Monday 6 January with limited access to email. For anything urgent please contact accounts@kestrel-logistics.com or call our main office on 0161 555 0934.

Kind regards,
Rebecca Lawson
Finance Manager | Kestrel Logistics Ltd""",
L("other", None, "low", "Rebecca Lawson", None, None, "", ""),
date="2024-12-23 09:01",
extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])

# ---------------------------------------------------------------- b49 en UK complaint/wrong_item/normal (tracking number trap)
M("en", "u", "q", "Dev Mistry <dev.mistry91@gmail.com>", "Wrong charger sent",
"""Hi,

I ordered a replacement 48V charger for my Zipp S8 (order ZS-UK-301877). What turned up today is a 36V charger for the Zipp Lite – completely different plug and voltage. Luckily I checked the label before plugging it in.

Not impressed, to be honest. The product page and my order confirmation both clearly say 48V / S8, so someone in your warehouse has just grabbed the wrong box. The scooter's my only way to get to work, and it's been flat for a week already waiting for this.

Royal Mail tracking was JD014600003827391044 if that helps you find the parcel.

Please send the right charger out by next-day delivery and a returns label for the wrong one.

Dev Mistry""",
L("complaint", "wrong_item", "normal", "Dev Mistry", None, None, "ZS-UK-301877", "exchange"),
date="2025-03-19 18:20")

# ---------------------------------------------------------------- b50 en US suggestion/feature_request/low (3D printer slicer)
M("en", "a", "7", "Jordan Avery <javery@northfieldfab.com>", "slicer request: per-object purge + material ID warning",
"""Hi folks,

Engineer at a small contract shop here, running four of your IX-600s. Two things that would save us real time and material:

1. Per-object purge tower settings. When we plate mixed parts (some soluble support, some not) the purge tower is sized for the worst case and we waste a lot of filament.

2. A warning in the slicer if the loaded spool's RFID material doesn't match the material in the job. Last month one of our techs started a 19-hour PC job on a machine loaded with PETG. The printer knows what's loaded - it just doesn't tell you before you hit print.

Happy to beta-test either if that helps.

Jordan Avery
Northfield Fabrication""",
L("suggestion", "feature_request", "low", "Jordan Avery", None, None, "", ""),
date="2024-08-29 13:37")
