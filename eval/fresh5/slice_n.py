# fresh5 slice n: Traditional Chinese (TW/HK) + English, written by hand.

# ---------------------------------------------------------------- zh-Hant

M("zh-Hant", "b5", "8", "林佳穎 <jiaying.lin0612@gmail.com>", "請問敏感肌可以用你們的防曬乳嗎",
"""您好，

我是敏感性肌膚，臉頰很容易泛紅，之前擦某牌的化學性防曬會刺刺的，擦完還會冒小疹子。最近在官網看到你們的「晨露輕透防曬乳 SPF50+」，想請問幾個問題：

1. 這款是物理性還是化學性防曬？成分裡有沒有酒精跟香精？
2. 需要用卸妝產品卸掉嗎，還是一般洗面乳就可以？
3. 孕婦可以用嗎？（我姊姊懷孕中，想幫她一起買）

另外官網只有 50ml，請問有沒有小容量的試用包？想先試試看再決定要不要買正貨。

謝謝！
林佳穎
0912-386-475""",
L("inquiry", "product_info", "low", "林佳穎", "0912386475", None, "", ""),
date="2024-07-16 21:48")

M("zh-Hant", "u", "b", "Kelvin Chan <kelvinchan.hk@yahoo.com.hk>", "架單車到底幾時到？",
"""你好，

我喺 8月2號喺你哋網店訂咗一架摺疊單車（Urbano F20，灰色），訂單編號 HK-BK-240802-1157。當時網頁寫「3-5個工作天送達」，而家已經係第12日，都仲未收到，連個通知都冇。

上星期打過去你哋熱線 2788 3300，個職員話「貨喺倉，好快出」，之後就冇下文。我特登為咗呢架車請咗半日假喺屋企等，結果白等。

唔該你哋認真查吓，畀個準確送貨日期我，唔好再話「好快」。如果下星期都送唔到，我寧願取消。

Kelvin
手機：9631 2084""",
L("complaint", "delivery_delay", "normal", "Kelvin Chan", "96312084", None, "HK-BK-240802-1157", "explanation"),
date="2024-08-14 12:05")

M("zh-Hant", "b5", "q", "張育誠 <yc.chang@hotmail.com>", "退貨申請 - 偏光太陽眼鏡",
"""客服您好：

我在 10/03 於貴公司官網購買一副偏光太陽眼鏡（型號 SG-7712 霧黑），訂單編號：EY20241003088。

收到後試戴，鏡框對我來說太寬，一低頭就會滑下來，鼻墊自己調過也沒有改善。商品只拆開試戴過，吊牌、盒子、拭鏡布和保卡都還在。

目前還在七天鑑賞期內，想辦理退貨退款。請問是要我自己寄回，還是你們會安排物流來收？退款會退回原本刷的信用卡嗎？

聯絡電話：(02)2918-6634 分機 12（白天）

張育誠 敬上""",
L("after_sales", "return", "normal", "張育誠", "0229186634", None, "EY20241003088", "return refund"),
date="2024-10-06 10:31")

M("zh-Hant", "u", "8", "黃冠霖 <kuanlin.h@gmail.com>", "滑板車電池的問題",
"""你好，

不確定這算不算嚴重，先跟你們說一下。

我的電動滑板車（E-Glide S9，去年 11 月買的）今天晚上充電大概一小時後，我發現踏板下面電池那塊有點鼓起來，摸起來很燙，旁邊有一點點像塑膠燒焦的味道。沒有冒煙。我已經先把插頭拔掉，把車子推到陽台，離窗簾遠一點。

想問一下現在這樣放著可以嗎？明天要不要直接拿去維修點？家裡有小孩，有點擔心。

黃冠霖
手機 0933 218 457""",
L("emergency", "safety", "urgent", "黃冠霖", "0933218457", None, "", "explanation"),
date="2025-01-09 22:47")

M("zh-Hant", "u", "q", "何詠欣 <wingyan.ho@outlook.com>", "我個會員戶口俾人登入咗！！",
"""你好，

啱啱收到你哋嘅 email 話我個戶口喺「曼谷」有新登入，但我人喺香港，成年冇去過泰國。我即刻登入睇，發現我啲積分（本來有 48,200 分）冇晒，仲多咗兩張我冇訂過嘅酒店 booking，一張曼谷一張布吉，用我張信用卡（尾數 4417）俾咗錢。

我已經改咗密碼，但唔知仲有冇其他嘢俾人改咗。會員編號係 GH-00729431。

唔該盡快幫我凍結個戶口同取消嗰兩張單，張卡我已經打咗去銀行 report。麻煩打俾我：6218 9047。

何詠欣""",
L("emergency", "account_security", "urgent", "何詠欣", "62189047", "GH-00729431", "", "callback"),
date="2024-11-02 07:12")

M("zh-Hant", "b5", "b", "吳振宏 <wu.chenhung@ms45.hinet.net>", "第三次來信！！貴公司維修中心的態度我一定會追究到底",
"""貴公司負責人您好：

這是我第三次寫信，前兩封都石沉大海，只收到系統自動回覆。

事情經過：9月5日我把公司的雷射印表機（LP-4200DN）送到你們內湖維修中心，維修單號 RP-0905-2231。當初說好一週修好，結果拖了三個禮拜。我打電話去問，櫃台一位男性員工口氣非常差，說「你急就去買新的啊」，然後直接掛我電話。上週五我親自過去，他又讓我在櫃台站了四十分鐘沒人理，最後丟一句「系統查不到」。

我是花錢的消費者，不是來求你們的。我要求：
一、該名員工及其主管正式書面道歉；
二、說明為什麼拖了三週還沒修好；
三、本週內把機器修好交還。

如果這週五前仍然沒有任何回應，我會直接向消基會申訴，並把整個過程連同通話錄音提供給媒體。

吳振宏
聯絡電話：02-2793-5518 分機 306

-----Original Message-----
From: 吳振宏 <wu.chenhung@ms45.hinet.net>
Sent: Monday, September 23, 2024 9:12 AM
To: service@printmate.com.tw
Subject: 維修進度查詢 RP-0905-2231

您好，我的印表機送修已經兩週多，請問進度如何？維修單號 RP-0905-2231，謝謝。""",
L("complaint", "service_attitude", "urgent", "吳振宏", "0227935518", None, "RP-0905-2231", "apology explanation repair"),
date="2024-09-30 08:55")

M("zh-Hant", "u", "8", "蔡宜臻 <yizhen@leafbakery.com.tw>", "關於發票系統的小建議",
"""您好，我們是一間小烘焙坊，用你們的「雲端開立」系統快一年了，整體很好用，先說聲謝謝。

有兩個小建議，不急，給你們參考：
1. 月底對帳時，希望可以先依「載具類型」篩選（手機條碼／自然人憑證／會員載具）再匯出 Excel，現在只能全部匯出再自己篩，很花時間。
2. 折讓單能不能跟原發票放在同一頁顯示？現在要切來切去，我們會計常常搞混。

如果其實已經有這些功能只是我找不到，也麻煩告訴我一下 XD

葉子烘焙 蔡宜臻
商戶編號：TW-M-55017""",
L("suggestion", "feature_request", "low", "蔡宜臻", None, "TW-M-55017", "", ""),
date="2025-02-27 15:20")

M("zh-Hant", "u", "8", "梁嘉俊 <kaichun.leung.optom@gmail.com>", "應徵 視光師助理 職位",
"""敬啟者：

本人於 JobsDB 得悉貴公司招聘視光師助理，特此應徵。本人今年畢業於專上學院視光學副學士課程，曾於旺角一間眼鏡店兼職一年，熟悉驗眼前預檢、配鏡及鏡架調校，亦能操作自動驗光儀及鏡片磨邊機。

本人性格細心、有耐性，能操流利粵語、英語及普通話。隨函附上履歷，懇請考慮給予面試機會。

如有查詢，請致電 5107 3862 與本人聯絡。

梁嘉俊 謹上""",
L("other", None, "low", "梁嘉俊", "51073862", None, "", ""),
date="2024-06-21 11:03")

M("zh-Hant", "b5", "8", "陳柏翰 <bohan.chen88@gmail.com>", "Re: 【捷輪單車】您的維修需求已受理",
"""您好，

謝謝回覆。我上週六照你們說的把車牽去板橋門市，技師看了說是後變速器吊耳歪了，要叫料，叫我等通知，到現在一個禮拜了還是沒消息。

車子是今年三月在你們官網買的公路車 Velo R3，訂單 #TB2403150962。麻煩幫我確認零件什麼時候到、大概多久可以修好，我平日通勤都靠它。

可以打我手機：0987 554 210

陳柏翰

在 2024-06-10 14:22，"捷輪單車客服" <service@jielun-bike.com.tw> 寫道：
> 陳先生您好：
> 您反映的變速不順問題，建議您將車輛送至鄰近門市檢測。
> 板橋門市：(02)2965-8812，技師 李志明 0921-447-306
> 客服專線：0800-066-168（週一至週五 9:00-18:00）
> 捷輪單車 客服中心 敬上""",
L("after_sales", "repair", "normal", "陳柏翰", "0987554210", None, "TB2403150962", "repair"),
date="2024-06-19 19:40")

M("zh-Hant", "u", "8", "Mandy Lau <mandylau.mk@gmail.com>", "查詢預訂 XJ4K7R 嘅選位",
"""你好，

我上個禮拜喺你哋網站訂咗 12月20號香港飛札幌嘅機票，預訂編號 XJ4K7R，兩位大人一位小童。當時加錢揀咗第 32 排 A、B、C 三個連位，但今日入 Manage Booking 睇，小朋友個位顯示「未確認」，其餘兩個就冇問題。

想問吓係咪系統未更新，定係要我再揀多次？因為小朋友先 6 歲，一定要同我哋坐埋一齊。唔該幫手睇睇。

Mandy Lau
+852 9472 0358""",
L("inquiry", "order_status", "normal", "Mandy Lau", "94720358", None, "XJ4K7R", "explanation"),
date="2024-10-28 13:16")

M("zh-Hant", "u", "b", "郭品妤 <pinyu.kuo@yahoo.com.tw>", "寄錯色號了啦",
"""哈囉～

我訂的是「絲柔持妝粉底液」#01 象牙白，結果收到的是 #04 小麥色 😭 我本來就偏白，擦上去整張臉像戴面具。外盒跟出貨單上寫的也是 04，所以應該是你們撿貨撿錯了。

訂單編號 #20241118-5530，我 11/18 下單，禮拜六才收到，下個月要當伴娘本來就是為了這個才買的……

麻煩盡快幫我換成 01，錯的那瓶要怎麼寄回給你們？（我沒拆封）另外來回運費應該不用我出吧？

品妤
0958-203-611""",
L("complaint", "wrong_item", "normal", "郭品妤", "0958203611", None, "20241118-5530", "exchange"),
date="2024-11-25 23:02")

M("zh-Hant", "b5", "q", "好日子生活百貨 會計部 <acct@haorizi-store.com.tw>", "開立發票一直失敗",
"""您好，

從今天早上大約 10:40 開始，我們在後台按「開立發票」都會跳出「E503 服務暫時無法使用」，重新登入、換電腦、換瀏覽器都一樣。門市 POS 結帳也卡在開發票那一步，現在只能先手寫收據、請客人留電話之後再補開。

不知道是不是只有我們這樣？麻煩幫忙看一下，謝謝。

商戶號：HRZ-20871
好日子生活百貨 會計 許雅雯
04-2261-7390 #21""",
L("emergency", "system_outage", "urgent", "許雅雯", "0422617390", "HRZ-20871", "", ""),
date="2025-03-03 11:18")

M("zh-Hant", "u", "8", "黃太 <mrswong.tszwan@netvigator.com>", "碳粉買錯型號想換",
"""你好，

我上星期喺你哋觀塘門市買咗兩盒碳粉，單號 KT-88314。返到屋企先發現買錯咗，我部機係 LaserJet M136w，要用 106A，我買咗 107A。兩盒都未開過，封條都仲喺度。

唔該可唔可以幫我換返啱嘅型號？我可以自己拎返去門市，想問要唔要帶埋張單，同埋大概幾時有貨。麻煩晒。

黃太
電話 2341 7785""",
L("after_sales", "exchange", "normal", "黃太", "23417785", None, "KT-88314", "exchange"),
date="2024-05-08 16:44")

M("zh-Hant", "u", "8", "鄭家豪 <jiahao.cheng@lumenstudio.tw>", "請問10月份的扣款",
"""<html><body>
<div>您好：</div>
<div><br></div>
<div>我們公司訂閱貴公司的「雲帳 Pro」方案，每月 NT$1,290。這個月信用卡帳單上看到 10/05 有兩筆一模一樣的 NT$1,290 扣款，時間只差兩分鐘。</div>
<p>想確認一下是不是重複扣款，還是其中一筆是別的費用（我們上個月沒有加購任何東西）。如果是重複的，麻煩告訴我之後會怎麼處理。</p>
<p>客戶編號：C-TW-000814<br>
聯絡人：鄭家豪&nbsp;&nbsp;0910-227-683</p>
<p>光圈工作室 敬上</p>
</body></html>""",
L("inquiry", "billing", "normal", "鄭家豪", "0910227683", "C-TW-000814", "", "explanation"),
html=True, date="2024-10-12 09:37")

M("zh-Hant", "b5", "8", "李慧珊 <wsli.hk@gmail.com>", "精華液品質問題",
"""您好，

本人於本月初在貴公司銅鑼灣專櫃購買「玻尿酸保濕精華 30ml」兩支，單據編號 CWB-1102-0457。使用約一星期後，其中一支的按壓泵頭已按不出東西，拆開後發現精華液分層，上層像水，下層有白色絮狀物，氣味亦與另一支不同，帶點酸味。

瓶身生產日期為 2024 年 6 月，應未過期。本人擔心是保存或生產上出了問題，已停止使用。以貴品牌的價錢，這樣的品質實在令人失望。

請貴公司解釋原因，並告知如何處理。如需相片，本人可以補寄。

李慧珊
聯絡電話：9258 6104""",
L("complaint", "product_quality", "normal", "李慧珊", "92586104", None, "CWB-1102-0457", "explanation"),
date="2024-11-19 20:10")

M("zh-Hant", "b5", "8", "王淑芬 <shufen.wang1960@gmail.com>", "謝謝台中門市的阿德師傅",
"""你好：

上星期天騎車騎到一半鏈條掉了，還卡住，我一路推到你們台中公益路門市，阿德師傅二話不說馬上幫我處理，還順便幫我把煞車調好、輪胎打氣，只收了零件錢。我一個六十幾歲的阿桑，本來很緊張，他一直很有耐心跟我講平常要怎麼保養。

特地寫信來謝謝他，希望公司可以表揚一下這麼好的員工。

王淑芬 敬上""",
L("other", "thanks", "low", "王淑芬", None, None, "", ""),
date="2025-04-14 08:26")

M("zh-Hant", "u", "8", "周俊良 <chunliang.chou@greenpath-trading.com>", "Fwd: 【雲帳通知】您的登入 Email 已變更",
"""你好，

請幫忙緊急處理。下面這封通知我完全沒有操作過，我們公司帳號的登入 Email 被改成一個我不認識的 gmail，現在已經登不進去了。

更嚴重的是，剛剛有客戶打來問，說收到一張我們開的 48 萬電子發票，還有一封要他們把款項匯到「新帳戶」的信，那根本不是我們寄的。

公司統編 53712908，商戶號 GP-30116。請先把帳號凍結，並且回電給我：0920-381-554（周）。

周俊良
綠徑貿易有限公司

---------- Forwarded message ---------
From: 雲帳 <no-reply@yunzhang.com.tw>
Date: 2025年3月12日 週三 上午2:14
Subject: 【雲帳通知】您的登入 Email 已變更
To: <chunliang.chou@greenpath-trading.com>

親愛的用戶您好：
您帳號的登入 Email 已於 2025/03/12 02:13 變更為 f***8@gmail.com。
若非本人操作，請立即聯繫客服專線 02-8712-3000，或回覆此信。
綁定手機：0920***554
雲帳 敬上""",
L("emergency", "account_security", "urgent", "周俊良", "0920381554", "GP-30116", "", "callback"),
date="2025-03-12 08:03")

M("zh-Hant", "u", "q", "Jason Yip <jasonyip.writes@gmail.com>", "住完你哋尖沙咀分店嘅一啲意見",
"""Hi 你好，

上個月同屋企人喺你哋尖沙咀間酒店住咗三晚（Booking ref: TST-771204），整體幾滿意，房間乾淨，front desk 嘅 Miss Cheung 都好 helpful。

不過有幾點想分享吓，純粹意見，唔係投訴：
- 早餐 buffet 素食選擇好少，我阿媽食齋，得兩款炒菜同白粥，可以考慮加多啲。
- 房入面得一個 USB 插位，而家一家人幾部電話，建議加多兩個 USB-C。
- Check-out 嗰陣排隊要等成 20 分鐘，可唔可以加個 express check-out（例如用 app，或者放低房卡就走）？

希望有幫助，下次再嚟。

Jason""",
L("suggestion", "feedback", "low", "Jason Yip", None, None, "TST-771204", ""),
date="2024-09-08 22:15")

M("zh-Hant", "u", "8", "劉承翰 <chenghan.liu@gmail.com>", "RE: 滑板車馬達異音",
"""您好，

照你們上次說的，我把韌體更新到 v2.3.1 了，但問題還是一樣：時速超過 15 公里後馬達會發出「喀喀喀」的聲音，加速也會一頓一頓的。沒有冒煙、也沒有發燙，只是騎起來很不安心。

車子是 2024/04/21 買的，還在一年保固內，訂單編號 ES240421007。想申請保固維修，請告訴我要送到哪裡，或是可以到府收車嗎？

劉承翰 0966-108-273

-----Original Message-----
From: 速行客服中心 <support@suxing-mobility.com>
Sent: Tuesday, August 13, 2024 5:40 PM
To: 劉承翰 <chenghan.liu@gmail.com>
Subject: RE: 滑板車馬達異音

劉先生您好，
建議您先透過 App 將韌體更新至最新版本，若問題仍未改善，歡迎來電 0800-258-369，或聯繫負責專員 林小姐 (02)2658-1190 分機 512。
速行客服中心 敬上""",
L("after_sales", "warranty", "normal", "劉承翰", "0966108273", None, "ES240421007", "repair"),
date="2024-08-20 18:52")

M("zh-Hant", "u", "8", "Ken Tsang <ken.tsang.wk@gmail.com>", "急！電動單車電池出火花",
"""喂你哋好，我架電動單車（E-Ride City，上年喺你哋度買）頭先喺樓下停車場叉緊電，個電池盒突然「啪」一聲出火花，仲有陣燶味，好彩我喺隔籬即刻拔咗插蘇。而家放咗喺停車場角落，冇人敢掂。

我唔敢再叉，亦唔知會唔會再著火，唔該即刻搵人聯絡我點處理。

Ken Tsang
6702 5591""",
L("emergency", "safety", "urgent", "Ken Tsang", "67025591", None, "", "callback"),
date="2025-05-30 21:34")

M("zh-Hant", "b5", "b", "許志豪 <chihhao.hsu@gmail.com>", "退房後被多扣一筆清潔費？",
"""您好：

我在 11 月 8 日到 10 日入住貴飯店花蓮館，訂房代號 HL24110855。退房時一切正常，櫃台也說沒問題。結果今天看信用卡帳單，多了一筆 NT$3,000 的「特別清潔費」，事前完全沒有人通知我，也沒有任何說明。

我們房間沒有抽菸、沒有帶寵物，也沒有弄髒床單，不知道這筆費用從哪裡來。沒有事先告知就直接刷卡，這種做法我覺得非常不妥。

請說明扣款原因並提供照片證明；如果無法說明，請把 3,000 元退回。

許志豪
0939-774-120""",
L("complaint", "billing", "normal", "許志豪", "0939774120", None, "HL24110855", "explanation refund"),
date="2024-11-21 10:05")

M("zh-Hant", "u", "q", "蘇家偉 <kawai.so@hotmail.com>", "航班取消退款",
"""你好，

你哋 1月14號香港飛福岡嘅 FA612 因為「營運理由」取消咗，我收到短訊叫我改期，但我哋嗰幾日先請到假，改唔到，所以想全數退款。

預訂編號：FA-9QK2LM
乘客：蘇家偉、陳詠詩

我喺網上面揀「申請退款」，但一撳就話「請聯絡客服」，所以唯有寫 email。唔該幫我處理，退返落原本張信用卡就得。大約幾耐會收到？

蘇家偉
手提：９３１４ ６６２７""",
L("after_sales", "refund", "normal", "蘇家偉", "93146627", None, "FA-9QK2LM", "refund"),
date="2025-01-06 14:27")

M("zh-Hant", "u", "8", "ytchen.home@gmail.com", "印表機連不上家裡wifi",
"""請問一下，我買了你們的 InkJet Mini 300 要給小孩上網課印講義用，說明書寫可以用手機 App 設定 Wi-Fi，可是我照著做，到「搜尋印表機」那一步就一直轉圈圈，找不到。

家裡的路由器是中華電信給的那台，有 2.4G 跟 5G 兩個名稱，不知道是不是要選哪一個？還是有別的方法可以設定（例如按機器上的按鈕）？

麻煩教我一下，謝謝🙏
怡婷""",
L("inquiry", "how_to", "low", "怡婷", None, None, "", ""),
date="2024-08-31 22:58")

M("zh-Hant", "u", "8", "區美玲 <meiling.au@tinhau-pta.org.hk>", "下星期家長義工安排",
"""各位家長義工：

多謝大家報名協助下星期三（5月22日）嘅陸運會。集合時間係早上 7:45，地點沙田運動場正門。當日請著學校淺藍色義工 T-shirt，記得帶水同帽。

負責分組嘅同學名單已經放咗喺附件，如有問題可以 WhatsApp 我 9860 2274。

家教會 區美玲""",
L("other", None, "low", "區美玲", None, None, "", ""),
date="2024-05-15 20:40")

M("zh-Hant", "u", "8", "謝明哲 <mingjhe.hsieh@gmail.com>", "眼鏡說好今天可以拿，現在又說明天下午？",
"""您好，

我 12/2 在你們新竹巨城店配了一副近視眼鏡，配鏡單號 HC-1202-0318，店員當時跟我保證今天（12/6）下午五點前一定可以取件，我還特別再三確認，因為我明天早上 8 點要考駕照筆試加路考。我原本那副上週摔斷了，現在戴隱形眼鏡但眼睛發炎，醫生叫我這幾天不要戴。

結果剛剛 4 點打去問，店員說「鏡片還沒從工廠回來，最快明天下午」。明天下午考試早就結束了！當初講得這麼肯定，現在一句「還沒回來」就算了？

請你們今晚之前想辦法，不管是從別家門市調鏡片，還是先做一副臨時的，我明天早上七點前一定要拿到眼鏡。請打給我 0916-552-087。

謝明哲""",
L("complaint", "delivery_delay", "urgent", "謝明哲", "0916552087", None, "HC-1202-0318", "callback"),
date="2024-12-06 16:22")

# ---------------------------------------------------------------- en

M("en", "a", "7", "Rahul Menon <rahul.menon.blr@gmail.com>", "question about scooter",
"""Hello team,

I am interesting to buy the Glide S9 e-scooter but I have some doubts before. My weight is around 105 kg, in website it says max load 100 kg. It is ok if little bit more or the motor will be damage? Also the range 35 km is for which rider weight?

Also please tell me if it can go up in slope, my office road have a small hill maybe 10 degree.

Thanks and regards,
Rahul Menon""",
L("inquiry", "product_info", "low", "Rahul Menon", None, None, "", ""),
date="2024-07-02 13:09")

M("en", "l1", "8", "Zoë Lefèvre <zoe.lefevre@orange.fr>", "Cancellation policy for non-refundable rates",
"""Hello,

I'm planning a trip to Taipei next spring and I'm looking at your hotels. Before I book, could you clarify a couple of things about your rates?

- For the "Saver" rate marked non-refundable, is it possible to change the dates (for a fee) or is it fully locked?
- For the flexible rate, until what time on the day before arrival can I cancel free of charge, and is that Taipei time?
- Do you take a deposit at check-in for incidentals?

Merci beaucoup,
Zoë Lefèvre""",
L("inquiry", "policy", "low", "Zoë Lefèvre", None, None, "", ""),
date="2024-12-11 17:45")

M("en", "a", "q", "Greg Holloway <g.holloway@hollowayaccounting.com>", "Where is my paper order?",
"""Hi,

Quick one. We ordered 10 reams of A4 80gsm and two boxes of staples on Monday, order no. 5530-77812. The confirmation email gave tracking number 7712 0945 3381 (Kerry Express), but the tracking page has said "label created" for three days now.

Can you check whether it actually left the warehouse? We're not out of paper yet, just want to plan.

Thanks,
Greg Holloway
Holloway & Partners Accounting
Tel: (02) 2703-4418""",
L("inquiry", "logistics", "normal", "Greg Holloway", "0227034418", None, "5530-77812", ""),
date="2025-02-20 10:14")

M("en", "u", "8", "Priya Raman <priya@northwindlabs.io>", "Re: Upgrade to Team plan",
"""Hi Daniel,

Thanks, that helps. One follow-up before I click upgrade: if we move from Starter (5 seats) to Team (12 seats) on the 18th, will the prorated amount show up on this month's invoice or as a separate charge today? Our finance team closes the books on the 25th, so I need to tell them which line to expect.

Our customer ID is CUS-44817 in case you need it.

Best,
Priya Raman
Ops Lead, Northwind Labs
+852 3618 2290

On Tue, 14 Jan 2025 at 10:02, Daniel Wu <daniel.wu@invoicely.co> wrote:
> Hi Priya,
> Yes, you can upgrade anytime from Settings > Billing. Seats are billed monthly.
> If you have any other questions, feel free to call me directly on +852 2115 8800.
> Daniel""",
L("inquiry", "billing", "normal", "Priya Raman", "36182290", "CUS-44817", "", "explanation"),
date="2025-01-15 09:21")

M("en", "u", "8", "Megan Price <meganprice77@outlook.com>", "cleaning my new glasses",
"""<html><body>
<p>Hi there,</p>
<p>I just picked up my first ever pair of glasses with the anti-reflective &amp; blue-light coating (so exciting!). The guy at the shop said not to use &quot;normal&quot; cleaner but I forgot to ask what I <i>should</i> use.</p>
<p>Is it OK to rinse them under the tap? What about the lens wipes they sell at the pharmacy? And how often should the nose pads be changed?</p>
<p>Thanks!!<br>
Megan</p>
</body></html>""",
L("inquiry", "how_to", "low", "Megan Price", None, None, "", ""),
html=True, date="2024-06-05 19:33")

M("en", "u", "8", "Thomas Becker <t.becker@becker-consulting.de>", "Treatment at your check-in counter, TPE, 3 March",
"""Dear Sir or Madam,

I am writing to complain about the way I was treated at your check-in counter at Taoyuan Airport on 3 March (flight to Frankfurt, booking reference 8HZP4T).

My cabin bag was 1.2 kg over the limit. I accept that rules are rules, and I offered to pay or to move items into my checked bag. The agent at counter 14, however, rolled her eyes, said loudly to her colleague "these people always think they are special", and threw my boarding pass onto the counter. When I asked for her name she refused and told me to "write an email if you want". So here it is.

I have flown with you more than twenty times on business and have never experienced anything like this. I expect an apology and an explanation of what you intend to do about it.

Yours faithfully,
Thomas Becker
Frequent flyer no.: FF22084471""",
L("complaint", "service_attitude", "normal", "Thomas Becker", None, "FF22084471", "8HZP4T", "apology explanation"),
date="2025-03-05 08:40")

M("en", "u", "b", "Alan Cheung <alancheung.design@gmail.com>", "THIRD TIME - the replacement printer is also defective",
"""To whoever actually reads these,

This is my third email, and I've called your hotline twice. Nobody has called me back.

Order number PO-HK-230914-22. I bought your PrintPro X5 laser printer in September. The first unit jammed on every second page. You "exchanged" it in October. The replacement does EXACTLY the same thing, and now it also prints a grey streak down every page. I run a small design studio and I've been paying a print shop to do my client proofs for two months.

I am done being patient. Either you send a technician who actually fixes this, or you give me a full refund by Friday. If not, I'm filing a complaint with the Consumer Council and posting the whole saga, with videos, on LIHKG and in every consumer group on Facebook. I'm keeping copies of all of these emails.

Alan Cheung
9811 3027""",
L("complaint", "product_quality", "urgent", "Alan Cheung", "98113027", None, "PO-HK-230914-22", "repair refund"),
date="2024-11-26 23:51")

M("en", "u", "8", "Nguyen Thi Lan <lan.nguyen.tw@gmail.com>", "package was put outside in the rain",
"""Hi,

Yesterday your delivery man left my package outside of the building door, on the floor, while it was raining very heavy. He did not call me or ring the bell, I was at home all the time. Our building have a guard but he not give to guard also.

When I found it the box was all wet, the paper box of the cleanser is broken and the label of toner bottle come off. Inside products maybe ok but this is gift for my friend birthday, now I cannot give it like this.

Order: #TW88201943
My phone 0975 331 028, please tell delivery man to call me next time.

Lan""",
L("complaint", "logistics", "normal", "Nguyen Thi Lan", "0975331028", None, "TW88201943", ""),
date="2024-09-17 12:30")

M("en", "a", "7", "Dave Kowalski <dkowalski@brightlineprop.com>", "Re: Your order is on its way!",
""""On its way." Sure. It's been on its way for eleven days. Was it sent by bicycle? Carrier pigeon? Via the moon?

Order 100-4471-8820: two whiteboards, a box of markers and a shredder for our new office. We opened the office on Monday and have been writing on the windows with lipstick. (Not really. Sort of.)

Your tracking link says "in transit" and nothing else. Could someone with access to an actual warehouse tell me where my stuff is and when it will show up? That would be great.

Dave Kowalski
Office Manager, Brightline Property

> Hi Dave, great news! Your order 100-4471-8820 has shipped.
> Tracking: 1Z88X4410322917730
> Questions? Call us at 1-800-555-0199""",
L("complaint", "delivery_delay", "normal", "Dave Kowalski", None, None, "100-4471-8820", "explanation"),
date="2025-04-09 15:02")

M("en", "l1", "q", "Siobhán O'Neill <siobhan.oneill@eircom.net>", "Return - night cream",
"""Hello,

I'd like to return the Overnight Renewal Cream (50ml) from order 3007215. I bought it together with the serum, which I'm keeping, but my dermatologist has since told me to avoid retinol for a few months, so I won't be able to use the cream. It's still sealed in its cellophane.

Could you send me a return label, or let me know the address to post it to? A refund to my original card would be grand.

Thanks a million,
Siobhán O'Neill""",
L("after_sales", "return", "normal", "Siobhán O'Neill", None, None, "3007215", "return refund"),
date="2024-10-22 20:18")

M("en", "u", "8", "Kenny Lo <kenny@quickprint-mk.com.hk>", "URGENT - production printer down, shop can't operate",
"""Hi service team,

Our Colorwave W900 wide-format printer (bought from you in 2023, still under the service contract) died this morning at about 9:30. Error 0x7E12 "print head carriage fault", and it won't initialise after a restart. It's our only large-format machine and everything else is queued behind it. We have 3 exhibition banner jobs due out tonight and the shop is basically at a standstill.

Please send an engineer today. Call my mobile 6088 4512, the shop line is always busy.

Kenny Lo
Quick Print (Mong Kok)""",
L("after_sales", "repair", "urgent", "Kenny Lo", "60884512", None, "", "repair"),
date="2025-06-17 09:58")

M("en", "u", "8", "Kenji Watanabe <kenji.watanabe.tw@gmail.com>", "assembly service booking",
"""Dear staff,

I bought the Trekking 700 bicycle with "home assembly service" option (order number BK-TW-2025-00631). The bicycle box arrived on 2/15 to my apartment in Da'an district. The delivery person said the technician will contact me for the assembly appointment, but until now there is no contact.

Please arrange technician to my home. Weekday after 19:00 or Saturday is better for me. I do not have tools so I have not open the box yet.

My phone number is 0903-418-552.

Best regards,
Kenji Watanabe""",
L("after_sales", "installation", "normal", "Kenji Watanabe", "0903418552", None, "BK-TW-2025-00631", ""),
date="2025-02-21 21:07")

M("en", "u", "8", "Olivia Grant <olivia.grant@btinternet.com>", "Fwd: frames too small - exchange?",
"""Hi again,

Forwarding my message from last week as I haven't had a reply. Just to add: I'm happy to pay the difference if the 54mm version of the frame costs more.

Olivia

---------- Forwarded message ---------
From: Olivia Grant <olivia.grant@btinternet.com>
Date: Mon, 7 Oct 2024 at 21:15
Subject: frames too small - exchange?
To: help@clearview-optics.com

Hello,

My new glasses (Harper frame in tortoiseshell, order CV-1007-55821) arrived today. The lenses are perfect, but the frame is clearly too narrow for my face -- the arms press on my temples and I get a headache after an hour. I ordered the 50mm size based on your size guide, but I think I need the 54mm.

Can I exchange the frame for the bigger size and have the same lenses fitted? I'm in no rush.

Many thanks,
Olivia Grant
07700 900 482""",
L("after_sales", "exchange", "normal", "Olivia Grant", "07700900482", None, "CV-1007-55821", "exchange"),
date="2024-10-15 08:12")

M("en", "u", "q", "Marco Bianchi <m.bianchi@bianchiimports.com>", "RE: Cancellation confirmation - Account 77102",
"""Hello Ms. Lim,

Thank you for confirming the cancellation. However, your message does not mention the refund. We paid for the annual plan (USD 1,188) on 2 November and cancelled on 9 November, well within the 14-day money-back period stated on your pricing page. We have not issued a single invoice with the software.

Please confirm that the full amount will be refunded and when we can expect it. Our accountant also needs a credit note for our records.

Kind regards,
Marco Bianchi
Bianchi Imports Ltd.
Customer ID: 77102

-----Original Message-----
From: Rachel Lim <rachel.lim@ledgerly.io>
Sent: Monday, November 11, 2024 4:05 PM
To: Marco Bianchi <m.bianchi@bianchiimports.com>
Subject: Cancellation confirmation - Account 77102

Dear Marco,
We're sorry to see you go. Your subscription has been cancelled and will not renew.
If you need anything else, please call me on +65 6812 3390 or our support line 1800-552-019.
Best regards,
Rachel Lim, Customer Success""",
L("after_sales", "refund", "normal", "Marco Bianchi", None, "77102", "", "refund"),
date="2024-11-12 10:46")

M("en", "u", "b", "Sophie Tran <sophie.tran.travels@gmail.com>", "App idea: show the walking time to the gate",
"""Hi,

Long-time flyer, first-time emailer. Small idea for your app: once the gate is assigned, could you show roughly how long it takes to walk there from security? At TPE and HKG some gates are 20 minutes away and I've nearly missed a flight thinking I had plenty of time.

It would also be lovely if the boarding pass could go on the Android lock screen the way it does on iPhone.

Cheers,
Sophie""",
L("suggestion", "feature_request", "low", "Sophie Tran", None, None, "", ""),
date="2025-05-04 06:55")

M("en", "a", "7", "Hannah Kim <hkim.greenliving@gmail.com>", "Packaging feedback",
"""Hello,

I love your products (the rosehip oil is amazing), but I wanted to give some feedback on packaging. My last order was two small bottles and they came in a box three times their size, stuffed with plastic air pillows, and each bottle had its own plastic sleeve inside its own little cardboard box.

Would you consider paper fill, or letting customers tick a "minimal packaging" box at checkout? I'd happily choose it.

Best,
Hannah""",
L("suggestion", "feedback", "low", "Hannah Kim", None, None, "", ""),
date="2024-08-08 14:20")

M("en", "u", "8", "Javier Morales <jmorales.bcn@gmail.com>", "suggestion for the app",
"""hi, i use your scooter every day to go to work and i like it a lot. but the app can be better i think:
- would be nice to export my rides (km, time) to a csv or to strava
- a option to lock the scooter from the app with alarm, now i only can lock with the code
- dark mode please!! at night the screen is too bright when i check the battery
thanks, keep the good work
javi""",
L("suggestion", "feature_request", "low", "Javier Morales", None, None, "", ""),
date="2024-12-28 23:40")

M("en", "u", "8", "Ruth Abernathy <ruth.abernathy@gmail.com>", "Re: Important: your SkyPoints password was changed",
"""Good morning,

I received the message below overnight. I did not change my password, and when I tried to log in this morning I couldn't. The "forgot password" link sends the reset code to a phone number that isn't mine (mine is 0912 447 905).

I suspect someone else now has access. My balance was about 86,000 points. I'd be grateful if you could lock the account and check whether any points have been redeemed.

My membership number is SP66310087.

Thank you,
Ruth Abernathy

> From: SkyPoints Security <security@skypoints-air.com>
> Date: 21 May 2025 02:47
> Subject: Important: your SkyPoints password was changed
>
> URGENT SECURITY NOTICE
> The password for your account was changed on 21 May 2025 at 02:41.
> Verified mobile: 09** *** 381
> If this wasn't you, call our 24h line +886 2 2501 7788.""",
L("emergency", "account_security", "urgent", "Ruth Abernathy", "0912447905", "SP66310087", "", ""),
date="2025-05-21 07:26")

M("en", "a", "7", "FreshCart Ops <ops@freshcart.com.hk>", "API 502s since 14:05",
"""Your /v2/invoices endpoint has been returning 502 Bad Gateway since 14:05 HKT. Every checkout on our side fails at the invoice step, so no orders are going through. Your status page still says "All systems operational".

Merchant ID: FC-HK-00219
Request ID from one failure: req_8f2a91c7e0

Need an ETA. Reachable on +852 5533 9012.

Wilson Ng
FreshCart Platform Eng""",
L("emergency", "system_outage", "urgent", "Wilson Ng", "55339012", "FC-HK-00219", "", "explanation"),
date="2025-06-03 14:21")

M("en", "l1", "8", "Peter Lindqvist <peter.lindqvist@gmail.com>", "Re: Thanks for your purchase!",
"""Hi,

Probably nothing, but I thought I should mention it. The Laserline 220 I bought from you last week (order 2024-TW-118342) started making a faint crackling noise this afternoon while printing, there was a thin wisp of smoke from the vent at the back and a hot electrical smell. I switched it off and unplugged it straight away and it's sitting out on the balcony now.

Is this something known? I won't plug it back in until I hear from you.

Regards,
Peter Lindqvist
0988 120 634

> Thanks for your purchase!
> Your order 2024-TW-118342 has been delivered. We hope you love it.
> Need help? Our hotline 0800-777-520 is open 9am-9pm.""",
L("emergency", "safety", "urgent", "Peter Lindqvist", "0988120634", None, "2024-TW-118342", "explanation"),
date="2024-10-03 16:48")

M("en", "u", "8", "Lisa Montgomery <lisa.montgomery@hotmail.com>", "Brake failure - my son got hurt",
"""My 16 year old son was riding the Volt X2 scooter we bought from you in April when the rear brake just stopped working going down the hill near our house. He jumped off and has a deep cut on his knee and a sprained wrist. We've just got back from A&E.

The brake lever went all the way to the handlebar with nothing happening. We never touched the brake adjustment. Nobody is riding it again.

I want to know whether there is a known problem with this model and what you are going to do about it, because other kids in our estate have the same one. Order number VX2-55129. Call me today: +852 6190 7743.

Lisa Montgomery""",
L("emergency", "safety", "urgent", "Lisa Montgomery", "61907743", None, "VX2-55129", "explanation callback"),
date="2024-07-27 19:05")

M("en", "u", "8", "Grace Liang | Sunway Travel <grace.liang@sunwaytravel.com.tw>", "Agent portal not loading - cannot confirm group bookings",
"""<div>Dear Partner Support,</div>
<div><br></div>
<div>Since around 9 this morning your B2B agent portal shows &quot;Error 500 &ndash; Internal Server Error&quot; right after login. We tried three different computers and two networks, same result. Colleagues at two other agencies tell us they have the same issue.</div>
<div><br></div>
<div>We have 4 group bookings (78 rooms in total) on hold that expire at 6 pm today if not confirmed, and we can&#39;t do anything without the portal. Could you please confirm you are aware of the problem and tell us how to secure the holds in the meantime?</div>
<div><br></div>
<div>Agency code: TA-0551<br>
Grace Liang<br>
Sunway Travel Service Co., Ltd.<br>
Tel: 02-2567-3309 ext. 18 (intl. +886-2-2567-3309)</div>""",
L("emergency", "system_outage", "urgent", "Grace Liang", "0225673309", "TA-0551", "", "explanation"),
html=True, date="2025-04-28 10:12")

M("en", "u", "8", "Jessica from RankBoost <jessica@rankboost-seo.com>", "Quick question about clearview-optics.com",
"""<html><body>
<p>Hi there,</p>
<p>I was checking out your website and noticed it&#39;s <b>not ranking on page 1 of Google</b> for key terms like &quot;buy eyeglasses online&quot;.</p>
<p>We&#39;ve helped 300+ e-commerce brands grow organic traffic by 250% in 90 days. Would you be open to a quick 15-minute call this week?</p>
<p>Best,<br>
Jessica Moore<br>
Growth Consultant, RankBoost Digital<br>
WhatsApp: +1 (415) 555-0143</p>
<p style="font-size:10px;color:#999">If you don&#39;t want to hear from me again, just reply &quot;no thanks&quot;.</p>
</body></html>""",
L("other", None, "low", "Jessica Moore", None, None, "", ""),
html=True, date="2024-09-24 03:17")

M("en", "u", "8", "Angela Wu <angela.wu@pacificledger.com>", "Automatic reply: Your invoice INV-2025-0391 is ready",
"""Thank you for your email. I am out of the office from 3 to 10 February with limited access to email. For urgent matters regarding accounts payable, please contact my colleague Ben Ho at ben.ho@pacificledger.com or +852 2877 4410.

Best regards,
Angela Wu
Accounts Payable, Pacific Ledger Ltd.""",
L("other", None, "low", "Angela Wu", None, None, "", ""),
date="2025-02-04 09:00", extra=[("Auto-Submitted", "auto-replied")])

M("en", "a", "7", "Frank Osei <frank.osei@gmail.com>", "thank you",
"""Just wanted to say thanks to the lady at your Xinyi store (I think her name was Amy) who redid my eye test when I said the first prescription felt off. New glasses are perfect. First time in years I can read street signs at night.

Frank""",
L("other", "thanks", "low", "Frank Osei", None, None, "", ""),
date="2025-03-19 20:44")
