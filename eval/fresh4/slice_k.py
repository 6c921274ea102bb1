# slice k: Traditional Chinese (TW/HK) + English, consumers and business clients

M("zh-Hant", "b5", "b", "林育賢 <yuhsien.lin@gmail.com>", "滑板車煞車失靈，我摔車了",
"""您好，

我是林育賢，今天早上八點多在信義區租了你們的電動滑板車（車身編號 TS-40218），
騎到松仁路下坡的時候按煞車完全沒反應，我只能跳車，整個人摔在地上，
膝蓋和手肘都擦傷流血，現在在診所包紮。

那台車還停在松仁路跟松壽路口，拜託趕快派人去把它收回來，不要再讓別人租到，
真的會出人命。

另外這趟的費用我不想付，請你們之後跟我聯絡說明。
手機 0928-317-605

林育賢""",
L("emergency", "safety", "urgent", "林育賢", "0928317605", None, "", "explanation callback"),
date="2025-03-18 09:40")

M("zh-Hant", "u", "8", "Kelly Ng <kellyng.hk@yahoo.com.hk>", "落單寫明走甜，點解係全甜？",
"""你好，

今日下晝喺你哋觀塘 apm 分店 app 落單，單號 TB-HK-0930-7781，
兩杯珍珠奶茶我揀咗「走甜、少冰」，結果攞到手飲落去甜到漏，張貼紙都印住「正常甜」。
我有糖尿病，真係唔可以咁樣亂嚟。

店員話「可能系統出錯」，就咁，連句唔好意思都冇。
我想要退返呢張單嘅錢，同埋希望你哋交代下點解會咁。

Kelly Ng
9637 2048""",
L("complaint", "wrong_item", "normal", "Kelly Ng", "96372048", None, "TB-HK-0930-7781", "refund explanation"))

M("zh-Hant", "b5", "q", "陳先生 <chen.cy1987@hotmail.com>", "手把類比搖桿飄移 保固送修",
"""客服你好

我的 NovaPlay 原廠手把（序號 NPC2-88A01937）買不到八個月，左邊類比搖桿開始自己飄，
玩遊戲角色一直往左走，校正了三次都沒用。老實說有點失望，這價格不應該這樣。

還在一年保固內，想請問要怎麼送修？可以到府收件嗎？
訂單編號：NP20240712-00583
聯絡電話：(02) 2758-1164 白天都在

陳先生""",
L("after_sales", "repair", "normal", "陳先生", "0227581164", None, "NP20240712-00583", "repair"))

M("zh-Hant", "b5", "8", "王淑芬 <shufen.wang@pchome.com.tw>", "請問颱風取消航班有理賠嗎",
"""您好：

下個月打算去沖繩，正在考慮買你們的旅平險「安心遊」方案。
想先問一下，如果出發前因為颱風航班被取消，行程延誤或取消的費用能不能理賠？
需要準備哪些證明？另外如果是已經發布颱風警報之後才投保，還算不算？

謝謝您
王淑芬""",
L("inquiry", "policy", "low", "王淑芬", None, None, "", ""))

M("zh-Hant", "u", "b", "Ivan Cheung <ivan.cheung@netvigator.com>", "訂單查詢",
"""<div>你好，</div>
<div><br></div>
<div>我喺 10 月 2 號喺你哋網站訂咗三本書（《深夜食堂的料理》、《港式茶餐廳圖鑑》同一本英文小說），</div>
<div>訂單號碼 <b>BK2410020457</b>，當時寫住 3-5 個工作天送到。</div>
<div>今日已經係第七個工作天，順豐追蹤號 SF1603358820471 顯示仲喺「待攬收」。</div>
<div><br></div>
<div>想問下係咪缺貨？如果要等耐啲都冇所謂，只係想知大概幾時到。</div>
<div><br></div>
<div>唔該晒<br>Ivan Cheung<br>6178 9035</div>""",
L("inquiry", "order_status", "normal", "Ivan Cheung", "61789035", None, "BK2410020457", "explanation"),
html=True, date="2024-10-11 12:15")

M("zh-Hant", "b5", "b", "許家豪 <jiahao.hsu@gmail.com>", "墨水訂閱又重複扣款！",
"""你們好，

我訂的是「墨水隨享」每月 199 元方案，會員編號 MB-5530871。
這個月信用卡帳單上出現兩筆 199，日期都是 3/5，一筆是 INKGO*SUB 一筆是 INKGO SUBSCRIPTION。
上個月也發生過一次，我打去客服（0800-221-368）說會退，結果根本沒退。

同樣的錯誤一直犯，到底有沒有人在管？
請把兩個月重複扣的錢一起退給我，並且說明為什麼會這樣。

許家豪 0935-612-448""",
L("complaint", "billing", "normal", "許家豪", "0935612448", "MB-5530871", "", "refund explanation"),
date="2025-03-07 21:30")

M("zh-Hant", "u", "q", "Joanne Lau <joanne@brightleaf-design.hk>", "URGENT 門禁系統失靈，全層會員入唔到",
"""Hi 你好，

我係 Brightleaf Design 嘅 Joanne，喺你哋荃灣 Hub 租咗 12 號私人辦公室（會員編號 CW-HK-20781）。

今朝 8:30 開始，大堂同 15 樓嘅拍卡門禁全部讀唔到卡，app 嘅「一鍵開門」又一直顯示 "Service unavailable"。
而家成班人企喺門口，唔止我哋公司，其他會員都入唔到。
前台職員話要等 IT，但佢都唔知幾時先整好。

我哋 10 點有客戶嚟開會，麻煩即刻處理！
有咩消息請打我手機 5402 7716。

Joanne Lau
Brightleaf Design Ltd.""",
L("emergency", "system_outage", "urgent", "Joanne Lau", "54027716", "CW-HK-20781", "", "callback"),
date="2025-02-12 08:52")

M("zh-Hant", "b5", "8", "蔡佩君 <peichun.tsai@yahoo.com.tw>", "退貨申請（未拆封）",
"""您好，

我上週在官網買了「玻尿酸保濕精華 30ml」兩瓶，訂單號碼 SK-TW-25013347，
因為家人剛好從國外帶了一樣的回來，所以想退掉其中一瓶，還沒拆封，外盒膠膜都在。

請問要怎麼寄回？退款是退回原信用卡嗎？

蔡小姐
0917-208-553""",
L("after_sales", "return", "normal", "蔡佩君", "0917208553", None, "SK-TW-25013347", "return refund"))

M("zh-Hant", "u", "b", "何志明 <cm.ho@hkbn.net>", "Re: 航班取消通知 訂位 7QK2LM",
"""你好，

收到你哋話 11 月 22 號 HK 去大阪嗰班機取消，我唔想改期，想全數退款。
訂位編號 7QK2LM，兩位乘客，何志明同陳嘉欣。

請問退款要幾耐？會唔會扣手續費？航班係你哋取消嘅，我覺得唔應該扣。

何志明
9283 1156

-----Original Message-----
From: 客戶服務 <noreply@skyharbour-air.com>
Sent: 2024年11月15日 18:02
Subject: 航班取消通知 訂位 7QK2LM

親愛的旅客：
由於營運調整，您預訂的航班已取消。您可選擇免費改期或申請退款。
如有疑問請致電 2116 8888。""",
L("after_sales", "refund", "normal", "何志明", "92831156", None, "7QK2LM", "refund explanation"),
date="2024-11-16 10:05")

M("zh-Hant", "b5", "q", "鄭美玲 <meiling.cheng@gmail.com>", "有人從國外登入我的監視器帳號",
"""您好，

剛剛收到 App 通知「您的帳號已於新裝置登入」，地點顯示是越南胡志明市，時間是凌晨 2:14，
但我人在台中，家裡也沒有人用別的手機。
我打開 App 看紀錄，客廳跟嬰兒房的攝影機都有被觀看的紀錄！！

我已經改了密碼，但不知道對方是不是還看得到。
請馬上幫我把所有登入的裝置踢掉、凍結帳號，並告訴我到底發生什麼事。
會員編號 HS-0042716
手機 0963-440-819

鄭美玲""",
L("emergency", "account_security", "urgent", "鄭美玲", "0963440819", "HS-0042716", "", "explanation callback"),
date="2025-04-03 02:40")

M("zh-Hant", "b5", "b", "黃建銘 <jm.huang@hongyu-tech.com.tw>", "【緊急】薪資系統無法送出轉帳檔，今天發薪",
"""PayFlow 客服您好，

我是宏宇科技人資部黃建銘，商戶號 PF-TW-100382。
今天是我們公司的發薪日，早上 9 點開始後台「產生銀行轉帳檔」一直轉圈，
最後跳出 Error 502，換了 Chrome、Edge、換了三台電腦都一樣，同事說其他客戶群組也有人在問。

銀行的截止時間是下午 3:30，超過的話 142 位員工今天就領不到薪水。
請立即處理，並在一小時內回電給我：02-8797-3350 分機 218，或手機 0910-553-267。

黃建銘
宏宇科技股份有限公司 人力資源部""",
L("emergency", "system_outage", "urgent", "黃建銘", "0287973350", "PF-TW-100382", "", "callback"),
date="2025-01-10 10:12")

M("zh-Hant", "u", "8", "Cherry Wong <cherrywong1203@gmail.com>", "建議：可唔可以有燕麥奶？",
"""你好呀～

我係你哋銅鑼灣店常客，差唔多每星期飲兩三杯 😋
不過我乳糖不耐，每次都只可以揀果茶，好羨慕朋友飲奶茶。
可唔可以考慮加燕麥奶或者豆奶做選擇？加錢都冇問題！
隔籬幾間連鎖店已經有，真心希望你哋都有。

Cherry""",
L("suggestion", "feature_request", "low", "Cherry Wong", None, None, "", ""))

M("zh-Hant", "b5", "8", "張老師 <chang.teacher@ms45.hinet.net>", "謝謝你們的包裝",
"""書店的朋友們好：

昨天收到訂的一箱童書，一共二十四本，每本都用紙包得好好的，一個角都沒有壓到。
這是要捐給山上小學的，孩子們一定很開心。
特別寫信來說聲謝謝，辛苦了。

張老師 敬上""",
L("other", "thanks", "low", "張老師", None, None, "", ""))

M("zh-Hant", "u", "q", "梁國強 <kk.leung@gmail.com>", "第三次投訴：還車後仍繼續計時收費",
"""致 客戶服務部：

呢個已經係我第三封 email。
2月3號我喺沙田站還車，車已經鎖好，app 都顯示「行程結束」，有截圖。
但信用卡喺之後兩日一共俾你哋扣咗 HK$486「超時使用費」，行程編號 RD-88217304。

之前兩次回覆都係範本：「我哋會跟進」，之後就冇咗下文，打熱線 3008 1122 等咗 40 分鐘都冇人聽。

如果 48 小時內唔退返全數，我會向消委會投訴，同時將所有截圖交俾報館。

梁國強
電話：6291 4478""",
L("complaint", "billing", "urgent", "梁國強", "62914478", None, "RD-88217304", "refund"),
date="2025-02-20 22:18")

M("zh-Hant", "b5", "q", "吳俊霖 <junlin.wu@gmail.com>", "詢問",
"""請問一下，你們客服是怎麼訓練的？

上週六我帶主機去台北門市問 HDMI 沒畫面的問題，櫃檯那位戴眼鏡的男店員，
我話都還沒講完他就說「這種一定是你自己摔到」，然後當著其他客人面前笑，
還說「要修就付錢，不修就拿回去」。我根本沒摔過，機器也還在保固。

我不是來問修理的，修理的事我之後會自己處理。
我是要反映這位店員的態度，請給我一個正式的道歉，並告訴我你們會怎麼處理這個人。

吳俊霖""",
L("complaint", "service_attitude", "normal", "吳俊霖", None, None, "", "apology explanation"))

M("zh-Hant", "u", "b", "Vivian 陳 <vivianchan.hk@outlook.com>", "A醇精華點樣用先啱？",
"""Hello～

想問下你哋新出嗰支 0.3% A 醇夜間精華，第一次用應該一星期用幾多晚？
可唔可以同維他命 C 精華一齊用，定係要分早晚？
我皮膚偏敏感，夏天日頭都要擦防曬嘅。

Thanks!
Vivian""",
L("inquiry", "how_to", "low", "Vivian 陳", None, None, "", ""))

M("zh-Hant", "b5", "8", "王經理 <sales@fengyi-travel.com.tw>", "合作提案：團體機位批發與包機方案",
"""貴公司 營業部 您好：

敝公司豐毅旅行社成立十五年，專營日韓、東南亞團體旅遊，年出團量超過 12,000 人次。
誠摯希望與貴航空洽談以下合作：
一、2025 暑假台北─福岡、台北─清邁 團體機位批發
二、春節期間包機方案
三、機加酒聯合行銷

附上公司簡介，期待有機會拜訪。
聯絡人：王經理（業務部）

豐毅旅行社股份有限公司""",
L("other", None, "low", "王經理", None, None, "", ""))

M("zh-Hant", "b5", "b", "Eric Liao <eric.liao@studio-mori.tw>", "關於開放座位區的一點想法",
"""您好，

我在你們大安館用開放座位快一年了，整體很滿意。
有個小建議：最近很多人在開放區直接開視訊會議，講話很大聲。
電話亭只有兩間，常常要排隊。
是不是可以把靠窗那一排改成「安靜區」，或多加一兩間電話亭？
我相信很多會員也會有同感。

Eric Liao""",
L("suggestion", "feedback", "low", "Eric Liao", None, None, "", ""))

M("zh-Hant", "u", "q", "yip.family@hotmail.com", "預約安裝防盜系統",
"""<p>你好，</p>
<p>我上星期喺網上買咗你哋嘅「家居安心套裝」（一個主機、三個門窗感應器、兩個鏡頭），<br>
訂單編號：HS-HK-240918-0336。貨已經收到，但我同老公都唔識裝，想預約你哋師傅上門安裝。</p>
<p>地址係將軍澳，星期六或者日都得，平日要夜晚 7 點後。<br>
請問安裝費係咪已經包咗？</p>
<p>葉太<br>
電話：9756&nbsp;3021</p>""",
L("after_sales", "installation", "normal", "葉太", "97563021", None, "HS-HK-240918-0336", "explanation"),
html=True)

M("zh-Hant", "b5", "8", "周欣怡 <hsinyi.chou@gmail.com>", "保費扣款金額詢問",
"""您好，

我的年度旅平險保單號碼是 TI-2024-0719352，上個月續保。
這次信用卡扣款是 NT$3,280，去年是 NT$2,960，想請問差價是因為什麼？
是費率調整，還是我選到了別的附加保障？
不是要抱怨，只是想弄清楚。

周欣怡
0982-337-140""",
L("inquiry", "billing", "normal", "周欣怡", "0982337140", None, "TI-2024-0719352", "explanation"))

M("zh-Hant", "u", "8", "Tony Fung <tonyfung88@gmail.com>", "墨盒漏墨，想換一個",
"""Hi，

上個禮拜收到今期嘅訂閱墨盒（黑色 XL），裝落部機度印咗十幾張，
今日發覺打印機入面有一灘墨，墨盒底部有條裂痕，應該係運送途中整爛咗。
部機冇壞，清潔完仲用到，所以唔急，下次寄墨嗰陣一齊寄個新嘅嚟都得。

會員編號 INK-HK-7730519
Tony Fung
WhatsApp: 6820 3317""",
L("after_sales", "exchange", "normal", "Tony Fung", "68203317", "INK-HK-7730519", "", "exchange"))

M("zh-Hant", "b5", "q", "劉志偉 <chiwei.liu@seed.net.tw>", "充電站有一台車在冒煙",
"""你好

我住在板橋文化路的社區，樓下騎樓有你們的滑板車充電站。
剛才經過發現最右邊那台（車號 TS-51733）電池的位置在冒白煙，有很重的塑膠燒焦味，
旁邊還停了好多機車。目前沒有人受傷，也還沒看到火，但我很怕等一下會燒起來。

我已經先打 119 了，請你們也馬上派人來斷電處理。
我電話 0955-207-381

劉先生""",
L("emergency", "safety", "urgent", "劉志偉", "0955207381", None, "", "callback"),
date="2025-05-06 23:12")

M("en", "a", "7", "Brandon Keller <bkeller.atx@gmail.com>", "Question about a $45 parking fee",
"""Hi there,

I rented a scooter on Saturday evening (ride ID R-2290417, downtown Austin) and ended the ride
outside the public library on Guadalupe. Today I see a $45.00 "improper parking" fee on my account.

I'm not disputing it yet, I honestly just want to understand it. The app showed a green parking
zone when I ended the ride and I took the end-of-ride photo. Could you tell me what rule I broke
and whether the photo was reviewed?

Thanks,
Brandon Keller
(512) 555-0187""",
L("inquiry", "billing", "normal", "Brandon Keller", "5125550187", None, "R-2290417", "explanation"))

M("en", "u", "q", "Siobhan Murphy <siobhan.murphy93@gmail.com>", "Application - Store Supervisor, Manchester Piccadilly",
"""Dear Hiring Team,

I'm writing to apply for the Store Supervisor role at your new Manchester Piccadilly branch, which
I saw advertised on Indeed last week.

I have four years of experience in quick-service food, most recently as shift lead at a busy
coffee chain in Salford, where I managed a team of nine, handled rotas and cash-up, and brought our
mystery-shopper score from 78% to 94%. I'm also a huge fan of your brown sugar boba, so this one
feels personal!

My CV is attached. I'm available for an interview any weekday and can be reached on 07700 918342.

Kind regards,
Siobhan Murphy""",
L("other", None, "low", "Siobhan Murphy", "07700918342", None, "", ""))

M("en", "u", "8", "Cian O'Connor <cian.oconnor@eircom.net>", "Console shutting itself off - warranty",
"""Hello,

My NovaPlay X console (serial NPX-3K4-00917265) has started switching itself off after about
20-30 minutes of play. The fan gets very loud just before it happens. To be clear, there's no
smoke, no burning smell and nothing looks damaged, it just cuts out and then won't turn back on
for ten minutes or so.

It's about 14 months old but I bought the extended 2-year warranty with it (order no. 40418872).
Could you arrange a repair? I'm in Galway, happy to drop it to a courier.

Thanks a million,
Cian O'Connor
087 214 6630""",
L("after_sales", "warranty", "normal", "Cian O'Connor", "0872146630", None, "40418872", "repair"))

M("en", "u", "b", "Graham Whitfield <g.whitfield@bigpond.com>", "FOURTH REQUEST - claim TRV-AU-558120 - I have now instructed my solicitor",
"""To whoever is actually reading these,

This is the fourth time I have written about claim TRV-AU-558120. My wife was hospitalised in
Bali on 3 January, we paid AUD 7,840 out of pocket, and I submitted every receipt, the discharge
summary and the doctor's letter within a week of getting home.

Since then: one automated acknowledgement, one request for documents you ALREADY HAD, and six
weeks of silence. Your phone line puts me on hold for an hour and then drops the call.

I've paid premiums to you for eleven years. I am done being patient. I have today passed the file
to my solicitor and will be lodging a complaint with AFCA. If I do not hear from a named person
by Friday with a decision and an explanation for this delay, we proceed.

Graham Whitfield
0412 663 905""",
L("complaint", "service_attitude", "urgent", "Graham Whitfield", "0412663905", None, "TRV-AU-558120", "explanation compensation"),
date="2025-02-24 19:30")

M("en", "a", "7", "Aroha Ngata <aroha.ngata@xtra.co.nz>", "Wrong book!",
"""Kia ora,

Ordered "The Bone People" by Keri Hulme for my book club (order #NZB-118530) and what turned up
today is a cookbook called "Air Fryer Every Day". Not even close lol.

Book club is in two weeks so there's time, but I'm a bit annoyed because this is the second time
an order from you has been mixed up. Please send the right book and tell me how to send this one
back - I don't want to pay for the postage.

Aroha""",
L("complaint", "wrong_item", "normal", "Aroha Ngata", None, None, "NZB-118530", "exchange return"))

M("en", "u", "8", "Mélanie Tremblay <melanie.tremblay@videotron.ca>", "How do I pause my ink plan?",
"""Hi,

I'm going to be away for about three months this summer and won't be printing anything.
Is there a way to pause my ink subscription instead of cancelling it? I don't see the option in
the app, only "Cancel plan". If I cancel, do I lose the price I signed up at?

Merci!
Mélanie""",
L("inquiry", "how_to", "low", "Mélanie Tremblay", None, None, "", ""))

M("en", "u", "b", "Rohit Deshmukh <rohit@quantleaf.in>", "Wi-Fi down on entire 4th floor - client demo at 2pm",
"""Hi Team,

Rohit here from Quantleaf Analytics, we have the 8-seater private cabin on the 4th floor at your
Koramangala centre (member ID CW-BLR-4471).

Since about 11:15 the whole floor has no internet. Both the "Hub-Members" and "Hub-Guest" SSIDs
connect but no traffic goes through, and the ethernet ports in our cabin are dead too. The
community manager says the router is "being looked at" but nobody knows anything.

We have a live product demo with a US client at 2 pm today and our whole team of 8 is sitting
idle. Please send someone immediately or tell us what is going on.

Rohit Deshmukh
98450 27316""",
L("emergency", "system_outage", "urgent", "Rohit Deshmukh", "9845027316", "CW-BLR-4471", "", "explanation"),
date="2025-03-11 11:48")

M("en", "u", "q", "Jasmine Koh <jasminekoh.sg@gmail.com>", "refill pouches pls!!",
"""Hello!

Love the Daily Barrier cream, on my 4th jar already :) Only thing is I feel bad throwing away a
glass jar + pump + box every two months. Would you consider selling refill pouches or a
return-and-refill scheme at your Orchard counter? I'd happily pay the same price.

Cheers
Jasmine""",
L("suggestion", "feedback", "low", "Jasmine Koh", None, None, "", ""))

M("en", "u", "q", "Nurul Aisyah binti Hamzah <nurul.aisyah.h@gmail.com>", "Refund for cancelled flight - booking ZR8QPD",
"""<div dir="ltr">Dear Sir/Madam,<br><br>
I had booked a return ticket Kuala Lumpur &ndash; Kota Kinabalu for 2 pax, booking reference <b>ZR8QPD</b>, travel on 14 Dec.
I received SMS that the outbound flight is cancelled and I was offered to rebook on 16 Dec but this date cannot because of my
sister&#39;s engagement.<br><br>
So I would like to request full refund to my credit card instead of travel credit. Kindly advise how long will take.<br><br>
Thank you.<br><br>
Regards,<br>
Nurul Aisyah<br>
012-738 4105</div>""",
L("after_sales", "refund", "normal", "Nurul Aisyah binti Hamzah", "0127384105", None, "ZR8QPD", "refund"),
html=True)

M("en", "a", "7", "James Otieno <j.otieno@safarimail.co.ke>", "Alarm was disarmed at 3am with a code I never created",
"""Hello,

This morning I checked the activity log on the SecureHome app and it shows the alarm at our house
in Karen was DISARMED at 03:07 using "User code 5". We only have codes 1 and 2 (me and my wife).
Nobody in the house did this. Nothing seems to be missing but the back door sensor also shows
"open" for 6 minutes around the same time.

Someone either has access to our account or the panel. Please lock the account, delete any codes
we did not create, and have a technician check the panel today. I want to know who added code 5.

Account no: SH-KE-20915
Mobile: 0722 418 306

James Otieno""",
L("emergency", "account_security", "urgent", "James Otieno", "0722418306", "SH-KE-20915", "", "explanation repair"),
date="2025-06-09 06:55")

M("en", "a", "b", "Sanne de Vries <s.devries@brouwer-logistiek.nl>", "Invoice INV-2025-03-1187 - VAT reverse charge",
"""Dear PayFlow billing team,

We received invoice INV-2025-03-1187 for our March subscription (customer ID PF-EU-30214).
VAT of 21% has been charged on it. As we are a Dutch B.V. and your invoicing entity is in Ireland,
we expected the reverse-charge mechanism to apply, as it did on the invoices up to February.

Could you please check whether our VAT number (NL859201467B01) is still registered in our account,
and if so issue a corrected invoice? Our accounts payable department cannot process it as it is.

Kind regards,

Sanne de Vries
Finance Manager
Brouwer Logistiek B.V.
020 794 5513""",
L("inquiry", "billing", "normal", "Sanne de Vries", "0207945513", "PF-EU-30214", "", "explanation"))

M("en", "u", "8", "Kim Min-jun <minjun.kim.seoul@naver.com>", "About my order shipping",
"""Hello,

I ordered one NovaPlay X console and one extra controller on your global store on 2 May.
Order number is 2405020093318. On website it is written "ships in 2-3 business days" but status is
still "Preparing" now after 9 days.

This is not complain, I just want to know the shipping date because I plan to give as birthday
present for my son on 25 May. If it cannot arrive before that, please tell me so I can prepare
other thing.

Courier number you sent me in email is KR7710293384 but it shows "no information".

Thank you very much.
Kim Min-jun
010-4827-3951""",
L("inquiry", "logistics", "normal", "Kim Min-jun", "01048273951", None, "2405020093318", "explanation"),
date="2024-05-11 21:20")

M("en", "a", "7", "Deborah Lin <deb.lin62@comcast.net>", "Flight 208 from Seattle - thank you to the crew",
"""Hello,

I just wanted to say thank you to the cabin crew on last Thursday's flight 208 from Seattle to
Boston. My mother is 84 and uses a wheelchair, and the crew (I believe the lead was named Marcus)
went out of their way to help her, check on her, and get her settled. She hasn't stopped talking
about it.

Nothing needed from you, just please pass on our gratitude.

Deborah Lin""",
L("other", "thanks", "low", "Deborah Lin", None, None, "", ""))

M("en", "a", "q", "Alistair Graham <alistair.graham@btinternet.com>", "Automatic reply: Your SecureHome service visit",
"""Thank you for your email.

I am out of the office until Monday 14 April with limited access to email. For anything urgent
regarding Graham & Reid Surveyors please contact my colleague Fiona Reid on 0131 496 0721.

Kind regards,
Alistair Graham""",
L("other", None, "low", "Alistair Graham", None, None, "", ""))

M("en", "u", "8", "Priya Nair <priya@harbourcafes.com.au>", "STP lodgement failing for all entities - pay run due tomorrow 9am",
"""Hi PayFlow support,

Since around 3pm today every Single Touch Payroll lodgement from our account fails with
"ATO gateway error: 0x5F - service unavailable". This affects all 6 of our café entities
(customer ID PF-AU-77102). Your status page says "All systems operational" but it clearly isn't.

Our fortnightly pay run for 94 staff has to be finalised and lodged by 9am tomorrow so the bank
files go out on time. Please escalate this to your engineers now and give me an ETA tonight.

Priya Nair
Payroll & People, Harbour Cafés Group
0433 871 260""",
L("emergency", "system_outage", "urgent", "Priya Nair", "0433871260", "PF-AU-77102", "", "explanation"),
date="2025-04-16 17:40")

M("en", "u", "b", "Niamh Byrne <niamhbyrne@icloud.com>", "Re: Your chat with Lumière Skin",
"""<p>Hi,</p>
<p>I&#39;m not happy with how I was treated on your live chat yesterday and I want someone senior to read this.</p>
<p>I asked a simple question about whether the Glow Peel is safe during pregnancy. The agent was dismissive, told me
to &quot;google it&quot;, and then closed the chat while I was still typing. The transcript is below.</p>
<p>I&#39;m not after a refund, I still have the product unopened. I&#39;d just like an apology and for your staff to be
trained properly &mdash; pregnant customers deserve a straight answer.</p>
<p>Niamh Byrne</p>
<blockquote>
<p>[14:02] Chloe (Lumi&egrave;re Skin): Hi, I&#39;m Chloe! How can I help?<br>
[14:03] You: Is the Glow Peel safe to use while pregnant?<br>
[14:05] Chloe (Lumi&egrave;re Skin): You can google it, we cant give medical advice<br>
[14:05] You: I&#39;m asking about your ingredients<br>
[14:06] Chloe (Lumi&egrave;re Skin): Chat ended. For further help call 01 685 3320.</p>
</blockquote>""",
L("complaint", "service_attitude", "normal", "Niamh Byrne", None, None, "", "apology"),
html=True)

M("en", "a", "7", "Ethan MacDonald <ethan.macd@shaw.ca>", "idea: helmet lockers",
"""hey, quick one.
I use your scooters to get to work most days in Vancouver but I never have a helmet on me
and I'm not carrying one around all day. Could you put helmet lockers or a helmet rental at the
bigger docks (Waterfront, Commercial-Broadway)? Pretty sure I'm not the only one.
- Ethan""",
L("suggestion", "feature_request", "low", "Ethan MacDonald", None, None, "", ""))

M("en", "u", "q", "Ananya Iyer <ananya.iyer@rediffmail.com>", "Damaged book received - need to return",
"""Dear Team,

I received my order OB-IN-7720145 today. The hardcover edition of "A Suitable Boy" has its spine
broken and the last 40 pages are creased and torn, looks like the parcel got wet somewhere.
The box itself was also dented.

I would like to return it and get a fresh copy, or a refund if a replacement is not available.
Please arrange a pickup from my address in Chennai (600040).

Photos attached.

Regards,
Ananya Iyer
Ph: 94440 81273""",
L("after_sales", "return", "normal", "Ananya Iyer", "9444081273", None, "OB-IN-7720145", "return exchange refund"))

M("en", "a", "7", "Marcus Bell <marcusbell.design@gmail.com>", "day pass vs 10-pack?",
"""Hi,

Freelancer here, thinking of working out of your Williamsburg location a couple days a week.
What's the price difference between a single day pass and the 10-day pack, and do the 10 days
expire? Also is there a meeting room I can book by the hour with a day pass or is that members only?

Thanks
Marcus""",
L("inquiry", "product_info", "low", "Marcus Bell", None, None, "", ""))

M("en", "u", "8", "Wei Ling Tan <weiling.tan@singnet.com.sg>", "3rd box of dried-out cartridges - seriously?",
"""Hello,

For the third month in a row the cartridges in my InkBox delivery are dried out. The cyan and
magenta won't print at all, even after running the head clean 4 times as your FAQ says. Box ref
IB-SG-220917 (this month), and before that IB-SG-219883 and IB-SG-218640.

I am paying S$24.90 a month for ink that doesn't work. The previous two times your team just said
"we'll note it" and sent nothing. It's obviously a storage problem at your end.

I want a refund for all three months, and honestly I'm considering cancelling.

Wei Ling
9128 4470""",
L("complaint", "product_quality", "normal", "Wei Ling Tan", "91284470", None, "IB-SG-220917 IB-SG-219883 IB-SG-218640", "refund"))

M("en", "a", "7", "Hamish Cooper <hamish.cooper@orcon.net.nz>", "Fwd: quote for the Fiji trip",
"""Hi Karen,

As discussed, here are the travel dates for the four of us - 12 to 26 July, Nadi, staying at the
Outrigger. Can you put the comprehensive cover quote together and compare it with the one from
last year? Ring me when you've got it.

Cheers
Hamish

(sorry - just realised this went to your general support address instead of Karen at Cooper &
Lane Brokers. Please ignore!)""",
L("other", None, "low", "Hamish Cooper", None, None, "", ""))

M("en", "u", "8", "Wanjiru Kamau <wanjiru.kamau@gmail.com>", "Order placed 1 hour ago - where is it?",
"""Hi,

I ordered 3 bubble teas (2 taro milk tea, 1 passion fruit green tea) for delivery to Westlands at
about 1:10pm, order number BT-NBO-55093. The app said 35 minutes. It's now 2:15 and the status is
still "Being prepared". I've tried to call the Sarit branch but the line is always busy.

Could you let me know if it's actually coming? Not angry yet, just hungry :)

Wanjiru
0711 506 832""",
L("inquiry", "order_status", "normal", "Wanjiru Kamau", "0711506832", None, "BT-NBO-55093", "explanation"),
date="2025-07-19 14:16")

M("en", "l1", "q", "Joost van den Berg <joost.vdberg@ziggo.nl>", "Dead pixel on new NovaPlay Portable",
"""Hello,

Last week I received my NovaPlay Portable (order 100-4820-7716, serial NPP-1B-55320871).
There is a bright green dead pixel just right of the centre of the screen, very visible in dark
games. It was there from the first day, I did not drop it.

I would like to exchange it for a new unit, not a repair, since it is only 6 days old.
Please tell me how to send it back. I live in Utrecht.

Met vriendelijke groet,
Joost van den Berg
06 4187 2259""",
L("after_sales", "exchange", "normal", "Joost van den Berg", "0641872259", None, "100-4820-7716", "exchange"))

M("en", "a", "b", "Daniel Park <daniel.park@growthrank-seo.kr>", "Boost your skincare brand on Naver & Google - free audit",
"""Hello Marketing Manager,

I am Daniel Park from GrowthRank, digital marketing agency in Seoul. We found your website is not
ranking on first page for keywords like "vitamin c serum", "barrier cream sensitive skin".

We help over 120 K-beauty and global skincare brands to get +300% organic traffic in 3 months.
We offer FREE SEO audit for your site this month only.

Please reply "YES" and I will send the report within 24 hours.

Best regards,
Daniel Park
Senior Growth Consultant, GrowthRank""",
L("other", None, "low", "Daniel Park", None, None, "", ""))

M("en", "u", "8", "Farah Abdullah <farah.abdullah@yahoo.com.my>", "Suggestion for group booking in the app",
"""Hi,

I always book for my family of 6 (with 3 small kids) on your app. Problem is after booking, seat
selection must be done one by one and many times the system put us in different rows. Very
stressful at the airport.

Maybe can add option "seat all passengers together" or pick seats for whole booking in one screen?
Other airline apps already have. Would be very helpful for families.

Thank you,
Farah""",
L("suggestion", "feature_request", "low", "Farah Abdullah", None, None, "", ""))

M("en", "a", "q", "Karen Whitaker <kwhitaker@maplegrovedental.com>", "We are being billed for 48 employees. We have 31.",
"""Hello,

Our invoice for April (INV-US-0425-66310) bills us for 48 active employees at $8/employee. We have
31. We offboarded 17 seasonal staff in February and they show as "Terminated" in your system,
so I don't understand how they are still counted.

This is the third month this has happened. I flagged it in March and was told it would be fixed
in the next billing cycle. It wasn't. Frankly it's a basic thing to get wrong for a payroll
company.

Please credit the overcharge for February through April ($408) and confirm the seat count is fixed.

Karen Whitaker
Office Manager, Maple Grove Dental
Customer ID: PF-US-40387
(614) 555-0142""",
L("complaint", "billing", "normal", "Karen Whitaker", "6145550142", "PF-US-40387", "", "refund explanation"))

M("en", "u", "b", "Oliver Hughes <oliver.hughes@outlook.co.uk>", "Printer head fault - repair under InkPlus cover",
"""<html><body>
<p>Hi there,</p>
<p>My printer (the HomeJet 3200 that came with my InkPlus subscription, account <b>IP-UK-0093418</b>) has started printing
with faint horizontal lines through everything. I&#39;ve run the nozzle check and the cleaning cycle three times, swapped in
a brand new black cartridge, and it&#39;s no better.</p>
<p>My plan says the printer is covered for repair or replacement while the subscription is active. Could you arrange a repair?
It&#39;s a bit annoying as I use it for my daughter&#39;s homework, but no rush &ndash; next week is fine.</p>
<p>Thanks,<br>Oliver Hughes<br>07481 552 309</p>
</body></html>""",
L("after_sales", "repair", "normal", "Oliver Hughes", "07481552309", "IP-UK-0093418", "", "repair"),
html=True)

M("en", "a", "7", "Sophie Leblanc <sophie.leblanc@sympatico.ca>", "Delayed bag - my WEDDING is tomorrow at 11am",
"""I landed in Halifax from Toronto on flight 622 last night and my checked bag did not. Baggage
file HFX-38215. The bag has my wedding shoes, my veil and my mother's jewellery in it.

Your baggage desk told me it would be "on the first flight this morning". It wasn't. Then I was
told this afternoon. Nothing. The tracker just says "Located - awaiting transfer". Nobody answers
the baggage line.

I'm getting married TOMORROW at 11am. I need that bag delivered to the Prince George Hotel tonight.
This is unacceptable and I expect compensation for the things I've had to buy today.

Sophie Leblanc
902-555-0164""",
L("complaint", "logistics", "urgent", "Sophie Leblanc", "9025550164", None, "", "compensation"),
date="2025-08-22 16:05")
