# fresh7 slice t: Traditional Chinese (TW/HK) + English, written by hand.

# ---------------------------------------------------------------- inquiry (9)

M("zh-Hant", "b5", "8", "林佩君 <peijun.lin0412@yahoo.com.tw>", "冷凍跟冷藏會分開送嗎？",
"""您好，

第一次要在你們「鮮採到家」下單，想先問清楚再買。

1. 冷凍類和冷藏類的商品是不是會分開配送？會不會分兩天到？
2. 我住台中北屯的大樓，白天上班家裡沒人，管理室可以代收但是沒有冰箱，請問可以指定晚上六點以後送達嗎？指定時段要另外加運費嗎？
3. 網站上寫「滿1,200免運」，冷凍和常溫的金額可以合併計算嗎？

因為要買的量有點多（大概是一個月的肉和海鮮），所以想先確認清楚，謝謝。

林佩君
0933-207-418""",
L("inquiry", "policy", "low", "林佩君", "0933207418", None, "", ""),
date="2024-10-08 12:31")

M("en", "a", "7", "Melvin Goh <melvingoh.sg@gmail.com>", "pause subscription?",
"""Hi there,

I'm going Perth for 3 weeks in Dec so nobody at home to receive the kibble lah. How do I pause the monthly box? Tried in the app but only got "skip next delivery" which is only for one month leh. Can pause 2 months or not?

Don't want to cancel because then the 15% loyalty discount will go away right.

Account ID PP-3320915 if you need.

Thanks
Melvin""",
L("inquiry", "how_to", "low", "Melvin Goh", None, "PP-3320915", "", ""),
date="2024-11-19 22:47")

M("zh-Hant", "u", "q", "Kelvin Chan <kelvin.chan.hk@yahoo.com.hk>", "想問下部 Nova X3 Pro 支唔支援雙 eSIM",
"""你好，

想問下你哋網店賣緊嗰部 Nova X3 Pro（256GB 港行）係咪支援兩張 eSIM 同時開住？我平時一張香港號碼一張大陸號碼，成日返深圳，唔想次次換卡。

另外部機喺大陸用唔用到 5G？如果唔得我就買另一部算。

有咩可以 WhatsApp 我 6123 8890

唔該晒
Kelvin""",
L("inquiry", "product_info", "low", "Kelvin Chan", "61238890", None, "", ""),
date="2025-02-11 23:05")

M("en", "u", "8", "Ramesh Iyer <ramesh.iyer@sriganeshsweets.in>", "Query regarding rental charge in October statement",
"""Dear Sir/Madam,

Greetings of the day.

I am owner of Sri Ganesh Sweets, Jayanagar, merchant ID MID-44810273. Kindly clarify the October statement. There are two entries of terminal rental Rs. 590 each, dated 01-10-2024 and 03-10-2024. We are having only one terminal with us (serial no. PX7-0091823).

Maybe the second entry is for the old terminal which we returned to your executive in August? Please check and revert. I am not blaming anyone, only I want to understand before making the payment.

Regards,
Ramesh Iyer
Mob: 98450 31277""",
L("inquiry", "billing", "normal", "Ramesh Iyer", "9845031277", "MID-44810273", "", "explanation"),
date="2024-10-21 10:14")

M("zh-Hant", "b5", "b", "張志豪 <chihhao.chang@gmail.com>", "預約編號 TR24110587 今天下午取車確認",
"""您好，

我在官網預約了今天（11/16）下午3點在高鐵台中站取車，預約編號 TR24110587，車型是 Altis 或同級。
可是到現在都沒有收到確認簡訊，APP 裡面的狀態也還是顯示「處理中」。

我們一家四口搭的高鐵 1:40 到站，取車後還要開上清境，如果沒車真的會很麻煩。
請在中午前回覆我到底有沒有車，或直接打電話給我，謝謝。

張志豪 0920-558-163""",
L("inquiry", "order_status", "urgent", "張志豪", "0920558163", None, "TR24110587", "callback"),
date="2024-11-16 10:12")

M("en", "u", "8", "Dana Whitfield <dwhitfield77@outlook.com>", "moving - can the alarm come with me?",
"""Hi,

We're closing on a new house in March and I'm trying to figure out what happens with our SecureNest contract. We're about 14 months into the 36-month plan.

Can the panel and the sensors be moved to the new address, and is there a fee for that? Or does the contract transfer to whoever buys our current home? I just want to know my options before I talk to the realtor on Monday.

Easiest to text me at +1 (503) 555-0178.

Thanks,
Dana""",
L("inquiry", "policy", "low", "Dana Whitfield", "15035550178", None, "", ""),
date="2025-01-09 19:40")

M("zh-Hant", "u", "b", "王淑芬 <shufen.wang@hotmail.com>", "兒童英文班試聽及退費規定",
"""老師您好：

我女兒今年小三，想報名貴校的兒童美語週六班（松山校）。想請問：

1. 可以先試聽一堂嗎？試聽要收費嗎？
2. 一期是幾週？如果上了兩三堂孩子不適應，學費可以退多少？
3. 外師和中師的課是怎麼分配的？

白天上班不方便接電話，可以回信，或晚上七點後打家裡電話 (02)２７６５-３０１８。

王媽媽 淑芬""",
L("inquiry", "policy", "low", "王淑芬", "0227653018", None, "", ""),
date="2024-08-03 21:18")

M("en", "l1", "q", "Fiona Marsh <fiona.marsh@btinternet.com>", "Re: Order GF-5528190 still \"out for delivery\"",
"""Hello again,

Just following up on the below - nothing has arrived and it's now Thursday lunchtime. The tracking page still says "out for delivery" with DPD ref 15503348871265.

It's mostly cupboard stuff so no drama, I just want to know whether it's lost or actually coming today so I can decide whether to pop to the shops myself.

Cheers,
Fiona
07700 912 884

On Wed, 12 Mar 2025 at 18:02, Fiona Marsh <fiona.marsh@btinternet.com> wrote:
> Hi, my order GF-5528190 (£64.20) was due between 2-4pm today and the app
> has said out for delivery since 8am. Any idea? Thanks, Fiona""",
L("inquiry", "logistics", "normal", "Fiona Marsh", "07700912884", None, "GF-5528190", ""),
date="2025-03-13 12:40")

M("zh-Hant", "u", "8", "黃太 <mrswong.cakeshop@gmail.com>", "部機點樣做退款？",
"""你好，

我哋係旺角一間小餅店，商戶號 HKM20231187。上個月開始用你哋嘅終端機（應該係 T200 型號），收錢冇問題，但係今日有個客人想退返張信用卡單，我喺部機度搵唔到「退款」，只係見到「撤銷」。

撤銷同退款有咩分別？過咗當日仲撤唔撤得？

唔該你哋教下我，唔急嘅，下個禮拜處理都得。

黃太""",
L("inquiry", "how_to", "low", "黃太", None, "HKM20231187", "", ""),
date="2024-06-27 17:52")

# ---------------------------------------------------------------- complaint (10)

M("en", "u", "8", "Maricel Dizon <maricel.dizon88@yahoo.com>", "Very disappointed with your staff at NAIA Terminal 3",
"""Good day!

I would like to raise my concern regarding the attitude of your staff at the NAIA T3 counter last Saturday, Sept 14. My booking is CR-PH-770314.

When I arrived the lady at the counter (name tag Joy) was busy on her phone and she told me to just wait even there was no other customer. After 25 mins she said my reserved car (Vios) is not available and I should take the bigger van for additional 1,800 pesos, take it or leave it. When I asked for the manager she rolled her eyes and said "ma'am that is the policy po". I have two small kids with me and we are very tired from the flight.

I hope you can do something about this because this is not how you treat customers. I would appreciate an apology and the refund of the additional 1,800.

Thank you and God bless.

Maricel Dizon
0917 842 5561""",
L("complaint", "service_attitude", "normal", "Maricel Dizon", "09178425561", None, "CR-PH-770314", "apology refund"),
date="2024-09-16 08:55")

M("zh-Hant", "b5", "b", "陳怡婷 <yiting0826@yahoo.com.tw>", "送錯東西了",
"""你們好，

今天收到訂單 FD2409210033，我訂的是兩盒「台灣豬梅花肉片」跟一包「去骨雞腿排」，結果箱子裡是牛肉片跟一包鱈魚排，我家小孩對魚過敏根本不能吃。
箱子上貼的出貨單收件人也是別人（林先生，中和區），應該是跟別人的箱子對調了。

東西我先放冷凍了，請盡快安排換貨，或是退款也可以。
這次就算了，但希望下次出貨前能確認一下。

陳小姐 0955-310-726""",
L("complaint", "wrong_item", "normal", "陳怡婷", "0955310726", None, "FD2409210033", "exchange refund"),
date="2024-09-22 18:20")

M("en", "u", "8", "Greg Kowalski <gkowalski.home@gmail.com>", "THIRD time. Where is my dog's food???",
"""This is the third month in a row your "auto-ship" has shown up late. Order #PF-20812 was supposed to be here Tuesday. It's Friday.

My dog has a kidney condition and eats ONLY the renal formula you sell, I can't just grab a bag at the grocery store. I emailed on the 3rd and on the 10th, got the same canned "we're sorry for the inconvenience" both times and NOTHING changed. I've been a customer for 4 years.

If it isn't here by tomorrow with a real explanation I'm filing with the BBB, and my attorney says this is a breach of your own subscription terms. I also want this month's box refunded.

Greg Kowalski
Customer ID 0048812
(614) 555-0193

-----Original Message-----
From: HappyPaws Support <support@happypaws-box.com>
Sent: Thursday, October 10, 2024 3:12 PM
To: gkowalski.home@gmail.com
Subject: RE: late delivery

Hi Greg,

We're sorry for the inconvenience! Your order is on its way and should arrive shortly. If you need anything else, call us at 1-800-555-0120.

Warmly,
The HappyPaws Team""",
L("complaint", "delivery_delay", "urgent", "Greg Kowalski", "6145550193", "0048812", "PF-20812", "explanation refund"),
date="2024-10-18 09:03")

M("zh-Hant", "u", "q", "何永強 <wk.ho1979@hotmail.com>", "你哋觀塘維修中心啲職員態度真係差",
"""今日下晝兩點我帶部機去觀塘維修中心換電池，預約號碼 RP-HK-330981。

去到個 counter，嗰位男職員望都唔望我，叫我自己去部機度攞飛。攞完等咗成個半鐘，我問佢仲要等幾耐，佢就話「你趕就聽日再嚟啦」。我係請咗半日假出嚟㗎！換電池本來話一個鐘搞掂，最後我等到六點幾先攞返部機。

我唔係要賠償，但係希望你哋同嗰個職員講下，做服務業唔係咁做嘢嘅。

何生
9786 2043""",
L("complaint", "service_attitude", "normal", "何永強", "97862043", None, "RP-HK-330981", ""),
date="2025-04-02 19:36")

M("en", "u", "8", "Tan Hui Min <tanhuimin.88@gmail.com>", "Japanese N4 course - quite unhappy",
"""Hello,

I signed up for the Japanese N4 evening course at your Bugis centre in July (student no. LS-SG-20931, paid $780). Honestly the course is not what was advertised.

- Brochure said max 10 students per class, we have 17.
- Sensei changed 3 times in 6 weeks.
- Last 2 lessons were just watching videos from the textbook publisher while the relief teacher marked papers.

Some of my classmates also feel the same but they are paiseh to say. I paid for a proper course, not youtube. I would like a partial refund for the remaining lessons. Pls reply by email, I cannot take calls at work.

Hui Min""",
L("complaint", "product_quality", "normal", "Tan Hui Min", None, "LS-SG-20931", "", "refund"),
date="2024-08-29 13:02")

M("zh-Hant", "b5", "8", "吳建宏 <wu.jianhong@gmail.com>", "第三次了！攝影機又壞，我要找消基會",
"""客服你好（雖然你們好像根本沒人在看信）

我家門口的攝影機從八月安裝到現在已經換了兩台，今天第三台又一樣：晚上畫面整片紫色，移動偵測完全沒反應。
每次打客服都說「韌體更新就好」，更新了還是一樣；派人來換新的，過兩個禮拜又壞。

我每個月付 899 元是買安心的，結果上禮拜有人在我家門口亂動我的機車，調影片出來什麼都看不到。
用戶編號 SC1130842。

我已經打了四通電話、寫了三封信，再不給我一個說法，我就去消基會申訴，也會把整個過程貼到PTT。
請主管直接打給我：0911-624-058，不要再用罐頭回覆。

吳建宏""",
L("complaint", "product_quality", "urgent", "吳建宏", "0911624058", "SC1130842", "", "explanation callback"),
date="2024-11-05 22:14")

M("en", "u", "8", "Anjali Deshmukh <anjali@chaiandchai.in>", "FW: Your November invoice is ready",
"""Hello team,

This is not acceptable. In November invoice you have charged me Rs 1,250 as "PCI compliance fee" and Rs 400 as "paper roll delivery" which I never ordered. At the time of onboarding your sales executive clearly told all charges are included in the Rs 499 monthly plan. Now suddenly every month some new fee is coming.

Merchant ID 7730019452.

Please remove these charges and send corrected invoice. Also explain why fees are added without any intimation to the merchant.

Anjali Deshmukh
Chai & Chai Cafe, Koregaon Park, Pune
9822 614 903

From: SwiftPay Billing <billing@swiftpay-terminals.in>
Sent: 02 December 2024 09:15
To: anjali@chaiandchai.in
Subject: Your November invoice is ready

Dear Merchant,

Your invoice INV-2411-88213 for November 2024 amounting to Rs 2,149.00 is now available in the merchant portal. For any queries please call 1800 266 0199.

Team SwiftPay""",
L("complaint", "billing", "normal", "Anjali Deshmukh", "9822614903", "7730019452", "", "refund explanation"),
date="2024-12-02 11:47")

M("zh-Hant", "u", "8", "蔡明哲 <mz.tsai@gmail.com>", "Re: 詢問一下訂單出貨",
"""你們上次回信說「3-5個工作天內出貨」，今天已經是下單第12天了，訂單 PH20250114-0076 還是「備貨中」。

我買的是現貨，不是預購，下單時網頁明明寫「現貨 24小時出貨」，結果等了快兩個禮拜。沒貨就不要標現貨，浪費我時間，我舊手機已經快不能用了。

請給我一個確切的出貨日期。如果這週五前還出不了，就直接幫我取消退款。

蔡明哲
0978-113-552

-----原始郵件-----
寄件者: 機邦客服 <service@jibang-mobile.com.tw>
寄件日期: 2025年1月17日 14:22
收件者: mz.tsai@gmail.com
主旨: RE: 詢問一下訂單出貨

蔡先生您好，
您的訂單目前因原廠調貨，預計 3-5 個工作天內出貨，造成不便敬請見諒。
如有任何問題歡迎撥打客服專線 0800-231-778 或 (02)2655-1900 分機 312。
機邦客服 小萱""",
L("complaint", "delivery_delay", "normal", "蔡明哲", "0978113552", None, "PH20250114-0076", "explanation refund"),
date="2025-01-26 09:41")

M("en", "l1", "8", "Nigel Ashworth <n.ashworth@virginmedia.com>", "Mouldy strawberries AGAIN and a leaking milk",
"""Morning,

Yesterday's delivery (order 40219977) - the strawberries (£3.50) had mould on the bottom layer, which you only see once you tip the punnet out, and the 4 pint semi-skimmed had split so half the bag was soaked. It's the second time this month for the strawberries. I take pictures now, attached.

I'm not after a fuss, just credit the £3.50 and the £1.65 for the milk please, and perhaps have a word with whoever picks the fruit at the Croydon depot.

Regards
Nigel Ashworth""",
L("complaint", "product_quality", "normal", "Nigel Ashworth", None, None, "40219977", "refund"),
date="2025-05-17 08:06")

M("zh-Hant", "u", "b", "梁嘉欣 <leung.kayan@gmail.com>", "Re: 車身刮花扣款 — 第三次追問",
"""我已經係第三次寫信嚟，你哋次次都話「跟進中」。

10月5號我喺你哋九龍灣分店還車，職員當場驗車冇講過任何問題，點知兩個禮拜後喺我張信用卡扣咗 HK$2,800，話係左邊車門刮花。嗰條花痕我攞車嗰陣已經有，取車時我影咗相，有 timestamp，之前已經 send 過俾你哋。

你哋一日唔退返呢筆錢，我一日都唔會停。今個禮拜內冇答覆，我會直接去消委會投訴，仲會將成件事放上 Facebook 同連登。

梁小姐
手機：+852 6398 2716

------------------ 原始郵件 ------------------
發件人: "梁嘉欣" <leung.kayan@gmail.com>
發送時間: 2024年10月28日(星期一) 晚上9:03
收件人: "客戶服務" <cs@drivego.hk>
主題: 車身刮花扣款

你好，我嘅租車單號 DG-HK-241003-57，10月3號至5號租咗一部 Toyota Sienta。還車兩星期後被扣 HK$2,800，但係嗰條花痕取車時已經有。附上取車時影嘅相片，唔該盡快處理。""",
L("complaint", "billing", "urgent", "梁嘉欣", "63982716", None, "DG-HK-241003-57", "refund"),
date="2024-11-12 23:27")

# ---------------------------------------------------------------- after_sales (10)

M("en", "u", "q", "Brittany Cole <bcole.design@icloud.com>", "Warranty claim - Pixelle 8 screen lines",
"""<html><body>
<p>Hi,</p>
<p>My Pixelle 8 that I bought from your store on 8/2 (order # US-118-4492071) has started showing three green vertical lines down the right side of the screen. I didn&#39;t drop it &ndash; it&#39;s been in a case with a screen protector since day one. The lines just showed up after the last software update.</p>
<p>It&#39;s well within the 1 year warranty. Can you tell me how to send it in &amp; whether I&#39;ll get a loaner? I use it for work (I&#39;m a realtor) so being without a phone for 2 weeks would be rough.</p>
<p>Thanks!<br>
Brittany Cole<br>
cell: 480-555-0162</p>
</body></html>""",
L("after_sales", "warranty", "normal", "Brittany Cole", "4805550162", None, "US-118-4492071", "repair"),
html=True, date="2024-10-30 07:58")

M("zh-Hant", "b5", "q", "郭雅雯 <yawen.kuo@gmail.com>", "飼料袋破掉",
"""你好，

這個月的定期配送（訂單編號 PT11309215）今天收到了，3公斤的貓飼料袋子底部破了一個洞，紙箱裡都是飼料顆粒，有一部分還受潮結塊。
家裡兩隻貓腸胃都比較敏感，我不敢給牠們吃。

可以幫我換一包新的嗎？破的那包要寄回去，還是你們會派人來收？

會員編號：A0028817
雅雯""",
L("after_sales", "exchange", "normal", "郭雅雯", None, "A0028817", "PT11309215", "exchange"),
date="2024-09-10 20:33")

M("en", "a", "b", "Lim Wei Jie <weijie.lim@singnet.com.sg>", "Booking for doorbell cam installation",
"""Hi,

I bought the SmartGuard doorbell camera + 2 window sensors online last week, order no. SG-HS-0093317. Confirmation email said a technician will contact me to schedule installation within 3 working days but so far nobody call me.

I stay in Tampines HDB, any issue to install the doorbell on the HDB main door? Town council got rules or not?
Preferred timing is Sat morning or weekday after 7pm.

Contact me at 9682 1475.

Thanks
Wei Jie""",
L("after_sales", "installation", "normal", "Lim Wei Jie", "96821475", None, "SG-HS-0093317", "callback"),
date="2025-03-04 21:10")

M("zh-Hant", "u", "8", "鄭志明 <zm.cheng@outlook.com>", "7日內退貨申請",
"""你好，

我喺11月20號喺你哋網店買咗部摺機（訂單號碼 HKE-88102345），用咗三日覺得真係唔啱我，摺痕太明顯，部機又重。見你哋網站寫明7日內可以無理由退貨，部機完好冇花，盒同配件全部齊。

請問點樣安排退貨同退款？我平日喺深圳返工，最好星期六喺旺角門市交返。

聯絡我大陸手機 +86 139 2876 4410 或者 WhatsApp 都得。

鄭志明""",
L("after_sales", "return", "normal", "鄭志明", "13928764410", None, "HKE-88102345", "return refund"),
date="2024-11-23 08:17")

M("en", "u", "q", "Jun Villanueva <junvillanueva.botika@gmail.com>", "card terminal not reading chip cards",
"""Hi po,

Our terminal (serial TPX-5521-0087) at our pharmacy in Quezon City started to not read chip cards since Monday. It shows "CARD ERROR 05" every time we insert. Tap/contactless is still ok and swipe also ok sometimes, so we can still accept most payments, but many of our senior citizen customers only have chip card with no tap.

We already cleaned the slot using the cleaning card you gave during setup. Can you send a technician or replace the unit? Merchant no. 0042-778-1190.

Salamat po,
Jun Villanueva
Villanueva Botika
(02) 8926 4417""",
L("after_sales", "repair", "normal", "Jun Villanueva", "0289264417", "0042-778-1190", "", "repair exchange"),
date="2025-06-11 15:22")

M("zh-Hant", "b5", "8", "李宗翰 <tsunghan.lee@gmail.com>", "申請退費（因工作調動）",
"""您好：

本人於今年九月報名貴校信義分校「商用英文會話」課程，學號 E113-0452，共 24 堂，目前已上 9 堂。
因公司將我調派至高雄，無法繼續上課，高雄也沒有貴校的分校。

依補習班退費規定，想申請剩餘 15 堂的退費，請告知需要準備哪些資料，以及大約多久可以退款。退款請退回原刷卡的信用卡。

如需聯繫，白天請撥公司電話 (07)335-2681 轉 215，謝謝。

李宗翰 敬上""",
L("after_sales", "refund", "normal", "李宗翰", "073352681", "E113-0452", "", "refund"),
date="2024-11-01 10:05")

M("en", "l1", "q", "Oliver Pennington <o.pennington@pennington-joinery.co.uk>", "RE: Deposit refund - booking ZR-UK-7741206",
"""Hello,

Sorry to chase, but it has now been 19 days since I returned the van to your Bristol Temple Meads branch and the £250 security deposit still hasn't been released back to my card. Your email below said 5-7 working days.

Could you please check and let me know when it'll be refunded? Happy to send a card statement if that helps.

Kind regards,
Oliver Pennington
Pennington Joinery Ltd
Tel: 0117 496 0382

-----Original Message-----
From: ZoomRent Customer Care <care@zoomrent.co.uk>
Sent: 04 November 2024 16:40
To: Oliver Pennington <o.pennington@pennington-joinery.co.uk>
Subject: RE: Deposit refund - booking ZR-UK-7741206

Dear Mr Pennington,

Thank you for returning your vehicle. Your deposit of £250.00 will be released within 5-7 working days. Your reference is 202411-0457. If you have any questions please call 0345 266 8810.

ZoomRent Customer Care""",
L("after_sales", "refund", "normal", "Oliver Pennington", "01174960382", None, "ZR-UK-7741206", "refund"),
date="2024-11-22 09:30")

M("zh-Hant", "u", "q", "周雅琪 <yachi.chou@gmail.com>", "Re: 維修完成通知 RMA2411-06631",
"""您好，

上週五取回維修好的手機（維修單號 RMA2411-06631），當時說已經更換主機板，可是用了三天，昨天晚上又出現一樣的狀況：通話到一半突然斷線，然後自動重開機，一天大概四五次。

我已經照工程師說的，不用備份還原、改成「設定為新手機」，還是一樣。
麻煩再幫我安排檢修，這次能不能提供備用機？我做業務每天都要打電話。

周雅琪
手機（現在借家人的舊機）：0926-447-310

> 周小姐您好：
> 您送修的手機已完成維修（更換主機板），可至板橋門市取件。
> 如有問題可直接聯絡負責工程師 陳志偉 02-2968-5521 分機 18，或撥打服務專線 0800-777-586。
> 機邦維修中心 敬上""",
L("after_sales", "repair", "normal", "周雅琪", "0926447310", None, "RMA2411-06631", "repair"),
date="2024-12-03 08:49")

M("en", "a", "7", "Karthik Subramanian <karthik.s@rediffmail.com>", "Items missing in order BB-77120458 - refund request",
"""Hi,

Order BB-77120458 delivered today at 7:40am. Two items are missing - Shakti chakki atta 5kg (Rs 265) and Gokul butter 500g (Rs 275). Invoice shows both are billed. The delivery boy had already left when we checked the bag.

Please refund Rs 540 to my wallet or original payment method. No need of replacement.

Thanks,
Karthik""",
L("after_sales", "refund", "normal", "Karthik Subramanian", None, None, "BB-77120458", "refund"),
date="2025-02-15 08:22")

M("zh-Hant", "u", "b", "黃美玲 <meiling.wong@netvigator.com>", "警報主機後備電池 保養查詢",
"""<html><body>
<div>你好，</div>
<div><br></div>
<div>我屋企用緊你哋嘅 HomeShield 警報系統，前年十二月安裝，合約寫明主機有三年保養。最近部主機成日「嘀嘀」聲，屏幕顯示「後備電池低電」，插住電都係咁。</div>
<div><br></div>
<div>想問換後備電池係咪包喺保養入面？定係要另外俾錢？可唔可以安排師傅上嚟換，我逢星期二同四下晝喺屋企。</div>
<div><br></div>
<div>客戶編號：HSK-062291<br>
聯絡電話：2468 1357（住宅）</div>
<div><br></div>
<div>黃太 美玲</div>
</body></html>""",
L("after_sales", "warranty", "normal", "黃美玲", "24681357", "HSK-062291", "", "repair"),
html=True, date="2025-05-06 14:03")

# ---------------------------------------------------------------- suggestion (5)

M("en", "a", "7", "Kayla Brooks <kaylabrooks.pets@gmail.com>", "idea for the app",
"""hey! love the subscription honestly, Biscuit is obsessed with the salmon bites.

one thing tho - can you guys let us pick the delivery DAY? right now it just shows up whenever in the week and twice it sat on my porch in 95 degree heat for hours. even just "weekends only" vs "weekdays" would help. also a "send it 5 days early" button for when we're running low would be amazing

thx
Kayla""",
L("suggestion", "feature_request", "low", "Kayla Brooks", None, None, "", ""),
date="2025-07-02 16:44")

M("zh-Hant", "b5", "b", "黃志明 <chiming.huang@ms45.hinet.net>", "關於包裝的一點意見",
"""您好，

我是你們的老客戶，大概每兩週訂一次菜。東西都很新鮮，沒什麼好挑剔的，只是包裝真的太多了：一顆高麗菜也包一層塑膠袋再裝進保冷袋，上次訂了十樣東西，拆出來十幾個塑膠袋加三個保冷劑，丟都不知道怎麼丟。

建議可以讓客人結帳時勾選「簡易包裝」，或是保冷袋跟保冷劑在下次配送時回收，我很樂意配合。

不是抱怨，只是覺得可惜。

黃先生""",
L("suggestion", "feedback", "low", "黃志明", None, None, "", ""),
date="2024-07-14 10:27")

M("en", "u", "q", "Nurul Aisyah <nurul.aisyah92@hotmail.com>", "Complaint? no lah, just a suggestion",
"""Hi,

My son (Adam, P5) is doing the Mandarin enrichment class at your Jurong East branch, Wed 5-6.30pm. The teacher is very good and he actually likes Mandarin now, thank you!

Just wanted to suggest - a lot of parents in the class WhatsApp group are asking if there can be a Saturday morning class also, because with CCA on weekdays many kids cannot make it. Also maybe the worksheets can be shared online, so we can print when the kids are absent.

Anyway just an idea. Thanks!
Nurul""",
L("suggestion", "feedback", "low", "Nurul Aisyah", None, None, "", ""),
date="2025-03-20 21:55")

M("zh-Hant", "u", "8", "陳浩賢 <chanhoyin.hk@gmail.com>", "建議：App 可唔可以加轉數快/八達通俾錢",
"""你好，

用開你哋個 app 租車都幾方便，不過每次都要用信用卡俾按金同租金，我同好多朋友都冇信用卡或者唔想綁卡。可唔可以考慮加 FPS 轉數快、八達通或者 PayMe？

另外 app 入面張取車地圖好細，喺屯門站嗰度搵咗好耐先搵到個停車場入口，如果可以加埋相片指示會好啲。

純粹建議，唔使覆。

陳生""",
L("suggestion", "feature_request", "low", "陳浩賢", None, None, "", ""),
date="2025-06-21 13:12")

M("en", "u", "q", "Harriet Lowe <harriet.lowe@gmail.com>", "Feedback on the new app update",
"""<html><body>
<p>Dear SafeHaven team,</p>
<p>Just a bit of feedback after the v5 app update last week. The new &ldquo;Away&rdquo; timeline is lovely and the notifications come through much quicker, so well done.</p>
<p>However, the arm/disarm button has moved to the bottom right, exactly where my thumb rests, and I&rsquo;ve accidentally disarmed the house twice while scrolling. A confirmation step (or simply moving it back) would help a great deal.</p>
<p>Also the font on the camera list is very small for those of us over 70!</p>
<p>Best wishes,<br>
Harriet Lowe</p>
</body></html>""",
L("suggestion", "feedback", "low", "Harriet Lowe", None, None, "", ""),
html=True, date="2024-09-25 10:40")

# ---------------------------------------------------------------- emergency (10)

M("zh-Hant", "b5", "8", "許家銘 <chiaming.hsu@gmail.com>", "主機有燒焦味",
"""你好，

今天晚上大概九點半開始，客廳牆上的保全主機一直有燒焦的塑膠味，摸起來很燙，剛剛看到變壓器那邊好像有一點點煙。
我先把插頭拔掉了，現在主機靠電池在跑，還一直嗶嗶叫。

家裡有老人和小孩，不知道還能不能再插回去？請盡快派人來看，或先告訴我該怎麼處理。

用戶編號 TP-55120873
許家銘 0910-882-347""",
L("emergency", "safety", "urgent", "許家銘", "0910882347", "TP-55120873", "", "repair explanation"),
date="2024-12-02 21:48")

M("en", "a", "q", "Tom Brennan <tbrennan@comcast.net>", "Re: Thanks for your purchase!",
"""Not sure if this is a big deal, probably isn't, but the phone I got from you guys in June (order 7720-4419-0038) has started to lift at the back - the back glass is kind of bulging out on one side and it gets really warm when it charges overnight. Last night it smelled a little like burnt plastic, a kind of sweet smell. It sits on the nightstand on my wife's side.

Anyway what should I do with it? Can I keep using it until I can get to a store on the weekend?

Tom

> Thanks for your purchase! Your order 7720-4419-0038 has shipped and
> is on its way.
> Questions? Call us at 1-888-555-0144, Mon-Fri 8am-8pm ET.""",
L("emergency", "safety", "urgent", "Tom Brennan", None, None, "7720-4419-0038", "explanation"),
date="2024-10-09 07:15")

M("zh-Hant", "u", "b", "麥嘉俊 <mak.kachun@kcteahouse.hk>", "全部機都過唔到卡！！",
"""由下晝兩點開始，我哋三間分店嘅終端機全部顯示「主機連線失敗 E-301」，信用卡、八達通、AlipayHK 全部收唔到錢。WiFi 同 4G 都試過，唔係我哋網絡問題，隔籬舖頭用你哋部機都話一樣。

而家係下午茶時段，排晒隊，我哋只可以收現金，好多客走咗。你哋 hotline 打極都唔通。

請即刻處理，同打返俾我！

商戶編號 KC-HK-00372
麥嘉俊 9155 0826""",
L("emergency", "system_outage", "urgent", "麥嘉俊", "91550826", "KC-HK-00372", "", "callback"),
date="2025-04-19 14:36")

M("en", "u", "b", "Sneha Kulkarni <sneha.kulkarni21@gmail.com>", "Fwd: Your FreshKart email address has been updated",
"""Hi,

Please see below. I did NOT change my email. I just got this mail and when I try to login it says wrong password. My saved credit card (ending 4471) is linked to this account and I just got an SMS for a Rs 6,480 order which I didn't place. Order number in the SMS is FK88120375.

Please block my account immediately and cancel that order. My registered mobile is 98204 55718.

Sneha Kulkarni

---------- Forwarded message ---------
From: FreshKart <no-reply@freshkart.in>
Date: Sat, 18 Jan 2025 at 23:12
Subject: Your FreshKart email address has been updated
To: <sneha.kulkarni21@gmail.com>

Hi Sneha,

The email address on your FreshKart account has been changed to s.k.orders7@proton.me.

If you did not make this change, contact us at 1800-419-2233 immediately.

Team FreshKart""",
L("emergency", "account_security", "urgent", "Sneha Kulkarni", "9820455718", None, "FK88120375", "refund"),
date="2025-01-18 23:31")

M("zh-Hant", "u", "8", "楊子萱 <tzuhsuan.yang@gmail.com>", "充電頭的問題",
"""不好意思想問一下，

上個月跟你們買的快充頭（訂單 PH20241207-1183 裡面的那顆 65W 充電器），今天早上插上去的時候，插座那邊「啪」一聲閃了一下火花，插頭的金屬片現在有一點黑黑的。
現在好像還是能充電，不知道是不是我家插座的問題？

應該不嚴重啦，只是想確認可不可以繼續用，還是要換一個。

子萱 ０９６３-０２５-８７１""",
L("emergency", "safety", "urgent", "楊子萱", "0963025871", None, "PH20241207-1183", "exchange explanation"),
date="2025-01-04 08:12")

M("en", "u", "8", "Rowena Santos <rowena@kusinanirowena.ph>", "all terminals offline - merchant 5510-22-8874",
"""Hello,

Since 11:15am all 4 of our terminals at Kusina ni Rowena (both North Ave and Cubao branches) are showing "HOST NOT RESPONDING" when processing any card or QR payment. We restarted everything, checked the internet, even tried one terminal on mobile hotspot, same error. Your merchant portal is also not loading, just spinning.

It's lunch rush and we are turning away customers who don't have cash. Please advise what is happening and when it will be fixed.

Rowena Santos
Operations Manager
0917 305 6628""",
L("emergency", "system_outage", "urgent", "Rowena Santos", "09173056628", "5510-22-8874", "", "explanation"),
date="2025-05-23 11:52")

M("zh-Hant", "u", "q", "劉婉婷 <wanting.liu@gmail.com>", "帳號好像被別人登入了",
"""您好，

剛剛收到你們的通知信，說我的帳號在「越南 胡志明市」登入，可是我人在新竹，也沒有用VPN。
進去會員中心看，配送地址被改成一個屏東的地址，下一期（12/5）的訂單 PS241205-0917 還被加了三包最貴的處方飼料，付款是我綁定的信用卡。

我已經先改密碼了，但不確定對方還能不能進來。麻煩幫我把帳號鎖起來、取消那筆被改過的訂單，並確認信用卡資料有沒有外洩。

會員編號 PW-2087731
劉婉婷 0932-661-045

> 【安全通知】親愛的會員您好，我們偵測到您的帳號於 2024/11/30 02:14 從新裝置登入（越南）。
> 如非本人操作，請立即修改密碼，或致電客服 (02)8751-6620。
> 毛孩糧倉 會員中心""",
L("emergency", "account_security", "urgent", "劉婉婷", "0932661045", "PW-2087731", "PS241205-0917", "explanation"),
date="2024-11-30 07:26")

M("en", "l1", "8", "Martin Clegg <martin.clegg@talktalk.net>", "app question",
"""Hi, not urgent really, but since about 8 this morning the GuardWell app just says "Unable to reach your home hub" and all 4 cameras show offline. We're in Lanzarote until Sunday so can't check the hub ourselves. My neighbour popped round and says the hub lights look normal and our broadband is fine. People on the Facebook group are saying theirs are down too, so I assume it's your end?

Mainly worried because I can't arm it remotely and the house is empty all week. Could someone let me know what's going on?

Martin Clegg
Account 30-118-552
Mobile +44 7911 204667""",
L("emergency", "system_outage", "urgent", "Martin Clegg", "447911204667", "30-118-552", "", "explanation"),
date="2025-08-06 10:18")

M("zh-Hant", "u", "8", "黃家豪 <wongkaho.dad@gmail.com>", "收到自稱你哋學校嘅短訊叫我交學費，係咪真㗎？",
"""你好，

我個仔喺你哋沙田分校讀緊 IELTS 課程（學生編號 ST-22871）。今朝收到一個 SMS 話「學費逾期未繳，請即登入連結付款，否則取消學位」，個網頁個樣同你哋網站一模一樣，我一時大意入咗信用卡資料，俾咗 HK$4,680。

之後先醒起上個月已經交咗學費。而家已經打咗去銀行 cancel 張卡，但係個 link 係咪用咗你哋嘅系統？佢點解會知道我個仔個名同讀緊咩課程？係咪你哋啲資料洩露咗？

請盡快打俾我 5421 8836。

黃家豪""",
L("emergency", "account_security", "urgent", "黃家豪", "54218836", "ST-22871", "", "explanation callback"),
date="2025-02-26 09:44")

M("en", "u", "8", "Ong Siew Ling <siewling.ong@gmail.com>", "rental car smell",
"""Hi, I picked up the Honda from your Ubi branch this morning (booking RS-240817-0452). Driving to Malacca with my parents and kids, now stopped at Yong Peng R&R.

The car got very strong petrol smell inside since we crossed the causeway, my mum is getting headache, and when we parked I can see something wet dripping under the back of the car. Is it safe to continue driving? Or can your side send a replacement car? We are waiting at the R&R now.

Please call me 8123 6674 asap.

Siew Ling""",
L("emergency", "safety", "urgent", "Ong Siew Ling", "81236674", None, "RS-240817-0452", "callback exchange"),
date="2024-08-17 11:20")

# ---------------------------------------------------------------- other (6)

M("en", "u", "q", "Ryan Mitchell | GrowthLoop Digital <ryan@growthloop-digital.co>", "Quick question about freshbasket.com.sg rankings",
"""<html><body><div style="font-family:Arial,sans-serif;font-size:14px">
<p>Hi there,</p>
<p>I was checking out <b>freshbasket.com.sg</b> and noticed you&#39;re not on page 1 for &quot;online grocery Singapore&quot; &ndash; your competitors are picking up ~12,000 visits a month that could be yours.</p>
<p>We&#39;re a certified search agency and we&#39;ve helped 40+ e-commerce brands in SEA double their organic traffic in 90 days. Would you be open to a free 15-minute audit call this week?</p>
<p>Cheers,<br>
Ryan Mitchell<br>
Senior Growth Consultant, GrowthLoop Digital</p>
<p style="font-size:10px;color:#999">If you&#39;d rather not hear from me again, just reply &quot;unsubscribe&quot;.</p>
</div></body></html>""",
L("other", None, "low", "Ryan Mitchell", None, None, "", ""),
html=True, date="2025-04-08 03:12")

M("zh-Hant", "b5", "q", "蘇怡安 <yian.su1998@gmail.com>", "應徵客服專員－蘇怡安",
"""您好：

我在人力銀行網站上看到貴公司徵求「客服專員（電話／線上）」，想應徵這個職缺。

我今年 26 歲，畢業於應用英語系，之前在電信門市做過兩年門市人員，熟悉手機設定與簡單的故障排除，也能用英文處理客訴案件。

附上履歷，若有面試機會，請與我聯絡：0987-416-302。
謝謝您撥冗閱讀。

蘇怡安 敬上""",
L("other", None, "low", "蘇怡安", "0987416302", None, "", ""),
date="2024-07-30 22:05")

M("en", "a", "7", "Deepak Menon <deepak.menon@menontraders.com>", "Automatic reply: Your payment terminal rental agreement - action required",
"""Thank you for your email.

I am out of office from 23 Dec to 2 Jan with limited access to email. For urgent matters please contact my colleague Suresh at suresh@menontraders.com or +91 99000 11223.

Regards,
Deepak Menon""",
L("other", None, "low", "Deepak Menon", None, None, "", ""),
date="2024-12-23 09:00")

M("zh-Hant", "u", "q", "李太 <lee.family.tko@gmail.com>", "Re: 維修個案 202501-0213 已完成",
"""多謝你哋派嚟嘅陳師傅！

佢星期六朝早準時嚟到，好細心咁幫我換咗門口部攝影機，仲教我點樣喺手機 set 通知同分享俾我個女，前後唔使一個鐘。我個女話個畫面清楚咗好多。

特登寫封信嚟多謝佢，麻煩你哋幫我轉達。

李太

> 李太太您好，您的投訴/維修個案 202501-0213 已完成。
> 如對服務有任何不滿，歡迎致電 2110 3388 或回覆此電郵。
> 安居保客戶服務部""",
L("other", "thanks", "low", "李太", None, None, "", ""),
date="2025-01-20 11:35")

M("en", "l1", "8", "Joanne Whitmore <jo.whitmore@gmail.com>", "Saturday + the car",
"""Hi Pauline,

Sorry, think I've got the rota muddled again. Can you do swimming on Saturday and I'll do Tuesday pick-up instead? Also Dave says you can borrow our estate for the tip run on Sunday, keys are under the blue pot as usual.

Jo x

PS my sister says the bake sale needs 3 more tray bakes, are you doing your flapjacks?""",
L("other", None, "low", "Joanne Whitmore", None, None, "", ""),
date="2025-06-05 20:48")

M("zh-Hant", "u", "b", "好室網 行銷部 <edm@haoshi-promo.com.tw>", "【限時】店家刷卡機手續費1.2%起，免月租免押金！",
"""親愛的店家老闆您好：

還在為每個月的刷卡手續費頭痛嗎？
好室網聚合支付，一台機器搞定信用卡、LINE Pay、街口、悠遊付！

★ 手續費 1.2% 起，業界最低
★ 免月租、免押金、免綁約
★ 今天申辦再送感熱紙 20 捲

名額有限，額滿為止！
立即加 LINE 好友：@haoshi888 了解詳情

本郵件為系統自動發送，若不想再收到，請點選取消訂閱。""",
L("other", None, "low", None, None, None, "", ""),
date="2025-03-11 02:30")
