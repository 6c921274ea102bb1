# Slice b: 25 zh-Hant (13 Taiwan, 12 Hong Kong) + 25 English.
# Written by hand, one email at a time; labels follow eval/README.md conventions.

# ---------------------------------------------------------------- Taiwan / HK / English, interleaved

M("zh-Hant", "b5", "q", "林怡君 <yijun.lin0613@gmail.com>", "請問除濕機適用坪數",
"""您好，

請問貴公司官網上的 DH-1280 除濕機（12公升那款），適用坪數是多少呢？
我家是台北的老公寓，客廳加餐廳大約14坪，冬天很潮濕，衣服常常晾三天都不乾。
想請問：
1. 14坪用12公升的夠嗎？還是要買16公升的 DH-1680 比較好？
2. 有沒有自動除霜功能？我們家冬天室內大概15度左右。
3. 水箱滿了會自動停機嗎？

另外想知道這兩台都是一級能效的話，有沒有貨物稅減免可以申請。

謝謝您撥冗回覆！
林怡君 敬上""",
L("inquiry", "product_info", "low", "林怡君", None, None, "", ""))


M("en", "a", "7", "Megan Holloway <meg.holloway@gmail.com>", "question about the AF-5800X basket coating",
"""Hi there,

I'm looking at the AF-5800X 6-quart air fryer on your site and had a couple of questions before I buy:

- Is the basket coating PFAS/PTFE free? The listing just says "non-stick" which could mean anything.
- Is the basket dishwasher safe or hand wash only?
- Does it shut off automatically when you pull the basket out?

I've got a toddler who likes to grab things so the auto shut-off is kind of a dealbreaker for me.

Thanks!
Megan""",
L("inquiry", "product_info", "low", "Megan Holloway", None, None, "", ""))


M("zh-Hant", "u", "8", "張育誠 <yucheng.chang@hotmail.com>", "訂單編號 TW2503180047716 什麼時候出貨？",
"""您好，請問一下
我3/18訂的電競椅（黑紅色，含頭枕），訂單編號 TW2503180047716，
頁面寫「預計3-5個工作天出貨」，到今天已經第7個工作天了，訂單狀態還是「備貨中」。
想請問大概什麼時候會出貨？因為月底要搬家，如果會拖到4月之後，我可能要改寄送地址。

再麻煩幫我查一下，謝謝！
張育誠
0911-372-604

---- 以下為系統通知 ----
親愛的會員您好，您的訂單 TW2503180047716 已成立，我們將盡快為您備貨。
如有任何問題，請洽客服專線 0800-061-688（週一至週五 09:00-18:00）""",
L("inquiry", "order_status", "normal", "張育誠", "0911372604", None, "TW2503180047716", ""),
date="2025-03-27 12:40")


M("zh-Hant", "u", "8", "kcchan1988@gmail.com", "網購退貨問題",
"""你好，想問下：
如果喺網店買咗嘢，收到之後唔啱size，可唔可以直接拎去門市退或者換？定係一定要寄返去？
寄返去嘅話運費係咪要自己俾？
另外減價貨係咪唔退唔換？
未買住，想問清楚先。唔該晒！

陳生""",
L("inquiry", "policy", "low", "陳生", None, None, "", ""))


M("en", "u", "q", "Rajesh Kumar Iyer <rajesh.iyer@tridentexports.in>",
"Query regarding export of invoices in CSV format",
"""Dear Sir/Madam,

Greetings of the day.

We are using your LedgerLite accounting software since last 8 months for our export business. Our account ID is ACC-IN-20817.

Kindly guide us how to export all the sales invoices of previous financial year (April 2024 to March 2025) in CSV format. Our CA is asking for the same for GST filing purpose. In the Reports section we are able to see only PDF download option and that too one invoice at a time, which is very time consuming as we have approximately 1,400 invoices.

Is there any option for bulk export? If it requires some setting to be enabled from your end, please do the needful.

Awaiting your kind reply.

Thanks & Regards,
Rajesh Kumar Iyer
Accounts Manager
Trident Exports Pvt. Ltd., Coimbatore""",
L("inquiry", "how_to", "low", "Rajesh Kumar Iyer", None, "ACC-IN-20817", "", ""),
date="2025-04-22 15:35")


M("zh-Hant", "b5", "b", "周美玲 <meiling.chou@seed.net.tw>", "信用卡帳單疑問",
"""客服人員您好：

我是貴公司網路商店的會員，會員編號 VIP20230917088。
這個月收到信用卡帳單，發現 2/14 有兩筆一樣的金額 NT$2,380，商店名稱都是貴公司。
可是我那天只買了一組保養品禮盒（訂單編號 S20250214-6693），網站上的訂單紀錄也只有一筆。

先說明一下，我不是要客訴，只是想確認：第二筆是重複扣款，還是信用卡的預授權，之後會自動取消？
銀行那邊說要先問商家。如果需要我提供帳單截圖，我可以再寄過來。

白天都在上班，如果要電話聯絡請打 02-2718-6543 分機 215，或是直接回信也可以。
謝謝。

周美玲""",
L("inquiry", "billing", "normal", "周美玲", "0227186543", "VIP20230917088", "S20250214-6693", "explanation"),
date="2025-03-06 12:15")


M("en", "u", "8", "Darren Goh <darren.goh@meridianconsult.sg>",
"Same-day delivery - order SG-7781-2093 - need by 1pm",
"""Hi,

I placed an order this morning at 7.40am for the Epson portable projector with the same-day express option (Order No. SG-7781-2093, paid the $15 express fee). The confirmation said delivery between 9am and 12pm.

It's now 11.20 and the status is still "Processing", no driver assigned. I have a client pitch at 2pm at Raffles Place and I need the projector by 1pm latest, otherwise I'll have to go and buy one at Funan myself.

Can you check whether it has been dispatched and give me an ETA? If it can't make it by 1pm please let me know now so I can make other arrangements.

Thanks,
Darren
9734 5521""",
L("inquiry", "order_status", "urgent", "Darren Goh", "97345521", None, "SG-7781-2093", ""),
date="2025-08-12 11:22")


M("zh-Hant", "u", "q", "Janice Yip <janice.yip.hk@gmail.com>", "查詢包裹",
"""Hi 你好，

我上星期四落咗單（訂單號碼：HK2406270193），系統話已經交咗俾順豐，
運單號係 SF1387720465521，但係順豐網頁顯示「已到達智能櫃」已經三日，我一直收唔到取件碼SMS。
我去咗個櫃度問，佢話要寄件人重新發碼。

想問下你哋可唔可以幫我聯絡順豐重新發個取件碼？或者改送上門都得。
唔係好急，不過驚過咗期會俾佢退返。

唔該晒！
Janice
9634 2810""",
L("inquiry", "logistics", "normal", "Janice Yip", "96342810", None, "HK2406270193", ""),
date="2024-07-05 11:20")


M("en", "l1", "q", "Jürgen Weiß <j.weiss@weiss-steuerberatung.de>",
"Question regarding invoice amount for our Team plan",
"""Dear Sir or Madam,

we are subscribed to your Team plan (5 users) since January, customer ID DE-40012877. Until now the monthly amount was always EUR 39,00 net. On 3 March you have charged EUR 49,00 from our company credit card.

I could not find any information about a price change in our mails, and we did not add any users. Could you please explain the reason for the higher amount? If it is a price adjustment, we would like to receive the corresponding notice for our records.

Please also make sure that our VAT ID DE287654321 is shown on the invoice, as it was missing in February.

Thank you in advance.

Mit freundlichen Grüßen / Best regards
Jürgen Weiß
Weiß Steuerberatung""",
L("inquiry", "billing", "normal", "Jürgen Weiß", None, "DE-40012877", "", "explanation"),
date="2025-03-05 16:10")


M("en", "u", "b", "Wei Li <liwei.sz2019@163.com>", "About my parcel in customs",
"""Hello,

I bought a pair of running shoes from your store on AliExpress, order number 8123456789012345678. The tracking (Cainiao LP00612345678901) shows "held by customs" since 5 days and no update.

This is not a complaint, I just want to know is there any document I need to provide for the custom clearance? Or you will handle it? Last time when I buy from another shop, customs ask me to provide ID card number, so I want to ask first.

My phone is +86 139 1234 8876, you can also send message by WeChat same number.

Thank you very much!
Wei Li""",
L("inquiry", "logistics", "normal", "Wei Li", "13912348876", None, "8123456789012345678", ""))


# ---------------------------------------------------------------- complaints

M("zh-Hant", "b5", "8", "郭小姐 <kuo.peiyu@yahoo.com.tw>", "母親節蛋糕晚了兩天才到",
"""你好，

我5/2就在你們網站訂了母親節的芋泥蛋糕，訂單編號 M0502-11873，指定5/11（母親節當天）中午前送到台南我媽家。
結果當天等了一整天都沒到，打客服專線一直忙線，寄信也沒回。
今天5/13才收到，新竹物流的貨件號碼 6802 3317 4451，上面寫5/12才從倉庫出貨。
冷凍蛋糕在外面放了多久也不知道，盒子整個濕掉，我媽根本不敢吃。

母親節的蛋糕晚兩天到，意義完全沒有了。我花了1,280元，換來全家很尷尬的一個母親節。
請你們給我一個說法，這樣的延誤要怎麼處理？我希望可以退款或是給個補償。

郭佩瑜
手機：0937-562-184""",
L("complaint", "delivery_delay", "normal", "郭佩瑜", "0937562184", None, "M0502-11873",
  "explanation refund compensation"),
date="2025-05-13 21:15")


M("en", "a", "7", "Brendan O'Keefe <bokeefe.perth@bigpond.com>", "Your call centre hung up on me",
"""G'day,

Rang your support line this arvo about the NBN modem you guys sent (account 4418-207-93 if that helps), waited 40 minutes on hold, finally got through to a bloke called Jason, and about two minutes in when I asked to speak to someone technical he said "that's not how it works mate" and hung up on me. Just hung up.

I'm not after a refund or anything, the modem's fine now, I sorted it myself. But I reckon that's pretty ordinary customer service and someone should have a word to him. I'd like an apology, and honestly a call back from a team leader wouldn't go astray either.

Call ref was something like 77-10392, Jason's extension was 4021.

Cheers,
Brendan O'Keefe
0412 555 019""",
L("complaint", "service_attitude", "normal", "Brendan O'Keefe", "0412555019", "4418-207-93", "",
  "apology callback"),
date="2025-01-27 17:45")


M("zh-Hant", "u", "b", "陳志明 <chihming.chen1975@gmail.com>", "第三次來信！門市人員態度惡劣，再不處理我就找消基會",
"""客服你好，

這已經是我第三次寫信了，前兩次（3/2、3/9）都只收到罐頭回覆「已轉交相關單位」，然後就沒有下文。

再說一次事情經過：3/1 我到你們板橋中山門市，要辦理手機的7天鑑賞期退貨（訂單編號 PH250224A0391，手機完全沒拆封）。
門市一位戴眼鏡的男店員，聽到我要退貨臉就垮了，說「沒拆封也要扣10%整新費」，我問依據在哪，他直接說「不爽可以不要買啊」，
還當著其他客人的面把單子丟在櫃台上。我活到快50歲沒被店員這樣對待過。

我的要求：
1. 公司正式書面道歉
2. 說明為什麼沒拆封要扣整新費，依據是哪一條
3. 把那位店員的處理結果告訴我

這週五（3/21）之前如果還是罐頭回覆，我會直接向消基會申訴，也會把錄音交給認識的記者。
我手上有錄音。

陳志明
0955 321 876""",
L("complaint", "service_attitude", "urgent", "陳志明", "0955321876", None, "PH250224A0391",
  "apology explanation"),
date="2025-03-17 09:30")


M("en", "u", "q", "Helen Marsh <helen.marsh@btinternet.com>",
"RE: Your enquiry [Ref: 202501-2290] - STILL being charged after cancellation",
"""This is now the THIRD time I am writing about this.

I cancelled my StreamBox Premium subscription on 2 December (customer no. SBX-UK-7730192). You confirmed the cancellation in writing. Despite that, you have taken £17.99 from my account on 2 January and again on 2 February. That is £35.98 taken without my consent.

Your last reply, below, promised a refund "within 5-7 working days". That was almost three weeks ago. Nothing has arrived.

I want both payments refunded in full and a written explanation of why you kept charging me. If I do not have the refund by Friday 14 February I will pass this to my solicitor and file a claim through the small claims court, and I will be reporting you to Trading Standards.

Helen Marsh

-----Original Message-----
From: StreamBox Support <support@example.com>
Sent: 22 January 2025 10:41
To: Helen Marsh
Subject: Your enquiry [Ref: 202501-2290]

Dear Helen,

Thank you for contacting us and we are sorry for the inconvenience. We have raised a refund request for the January charge, which should reach you within 5-7 working days. If you need anything else please call us on 0800 048 3300.

Kind regards,
Priya
StreamBox Customer Care""",
L("complaint", "billing", "urgent", "Helen Marsh", None, "SBX-UK-7730192", "", "refund explanation"),
date="2025-02-10 19:30")


M("zh-Hant", "u", "q", "黃太 <mrswong.tkl@yahoo.com.hk>", "送錯奶粉！！",
"""你好，

我喺你哋網上買咗兩罐二號奶粉（6-12個月嗰隻），訂單編號 BB-88213507，
今朝收貨先發現送嚟嘅係三號（1-3歲），兩罐都係！
我個仔先9個月，三號根本唔啱佢飲，好彩屋企仲有一罐，夠飲一個星期左右。

落單嗰陣我睇清楚先揀，單據都寫住二號，係你哋執錯貨。
之前都試過一次送漏咗奶樽，今次又搞錯，真係好難令人放心。

麻煩安排換返兩罐二號俾我，啲三號你哋嚟收返，同埋解釋下點解會咁。

黃太
電話 2345 6789（日頭有工人姐姐接）""",
L("complaint", "wrong_item", "normal", "黃太", "23456789", None, "BB-88213507", "exchange explanation"))


M("zh-Hant", "b5", "q", "宏展企業 採購部 蔡佳蓉 <purchase@hongzhan.com.tw>", "退貨申請 - 保溫杯",
"""您好，

敝公司於3月10日向貴公司訂購員工春酒禮品保溫杯120個（訂單編號 B2B-250310-028，統一編號 53218867），
3月17日到貨後，同事陸續反映問題，我們逐一檢查，結果非常誇張：
- 120個裡面有31個杯蓋鎖緊後仍然會漏水
- 有18個外層烤漆一碰就掉，指甲輕刮就露出底色
- 雷射刻的公司LOGO有一半歪掉、深淺不一

這已經不是個別瑕疵，是整批品質有問題。下單前業務跟我們保證「跟樣品一樣」，樣品完全沒有這些狀況。
春酒已經辦完了，現在也沒辦法再等重做，坦白說對貴公司的品管非常失望。

請貴公司說明這批貨為什麼會跟樣品差這麼多，並針對有問題的49個辦理退款。
相關照片如附件。

蔡佳蓉
宏展企業股份有限公司 採購部
TEL：(02)8751-3322 #18""",
L("complaint", "product_quality", "normal", "蔡佳蓉", "0287513322", None, "B2B-250310-028",
  "explanation refund"),
date="2025-03-24 10:05")


M("en", "a", "7", "Tony Russo <purchasing@russoskitchen.com>", "Wrong gloves shipped on PO# 4500021987",
"""Hi,

We got our delivery this morning for PO# 4500021987 and it's wrong again. We ordered 20 cases of the nitrile gloves in LARGE (SKU NG-BLK-L) and you sent 20 cases of SMALL. Nobody in my kitchen has hands that small.

Packing slip says Large, boxes say Small, so somebody in your warehouse isn't checking. This is the second time in three months we got the wrong size from you guys.

We're OK on stock for about a week so it's not an emergency, but I need the right ones sent out and a pickup arranged for the smalls. I'm not paying return freight on your mistake.

Tony Russo
Russo's Kitchen - Hoboken NJ
(201) 555-0143""",
L("complaint", "wrong_item", "normal", "Tony Russo", "2015550143", None, "4500021987", "exchange"),
date="2025-02-08 03:30")


M("zh-Hant", "u", "b", "何志強 <ho.chikeung@netvigator.com>", "第三次延遲送貨 梳化到底幾時送？",
"""你哋好，

我已經係第三次寫信嚟，電話都打咗唔知幾多次。
訂單號碼：FS-2410-77215，三座位布梳化，10月5號已經俾晒全數 $12,800。
第一次約10月25號，當日等到夜晚先話貨櫃未到；第二次約11月8號，又係早一晚先打嚟改期；
今日（11月22號）第三次，我請咗成日假喺屋企等，等到下晝四點先收到SMS話「因物流安排延遲」。
三次請假，三次白等，你哋連一個負責人都冇打過俾我。

我嘅要求好簡單：
1. 一個星期之內送到，唔好再改
2. 賠償我三日假期嘅損失
3. 書面道歉

如果今個星期都冇人正式回覆，我會去消委會投訴，同埋將成件事交俾報館同埋上網公開。

何志強
手機：9187 2234""",
L("complaint", "delivery_delay", "urgent", "何志強", "91872234", None, "FS-2410-77215",
  "compensation apology"),
date="2024-11-22 17:05")


M("en", "u", "b", "Ananya Sharma <ananya.sharma91@gmail.com>",
"Very disappointed with sofa quality - Order ID OD4290017753",
"""<div dir="ltr">Hello Team,<br><br>I purchased the &quot;Oslo 3-Seater Fabric Sofa&quot; (Teal) from your website on 4th January, Order ID <b>OD4290017753</b>, for Rs. 42,999. It has been barely 6 weeks and the fabric has started pilling very badly on the seat cushions, it looks like a 5 year old sofa. Also one of the wooden legs has developed a crack and the sofa is wobbling.<br><br>For this price I expected much better quality. Your website clearly mentions &quot;premium stain-resistant, pill-resistant fabric&quot;, which is not true at all. I am attaching photos for your reference.<br><br>I would like to know how such a poor quality product passed your QC, and I want a replacement of the sofa with a better fabric or suitable compensation.<br><br>Regards,<br>Ananya Sharma<br>Mob: 98201 45566<br>Pune</div>
""",
L("complaint", "product_quality", "normal", "Ananya Sharma", "9820145566", None, "OD4290017753",
  "explanation exchange compensation"),
html=True, date="2025-02-17 21:40")


M("en", "u", "8", "Shirley Tan <shirley.tan@apexevents.com.sg>",
"URGENT - 300 lanyards for tomorrow's conference still not delivered",
"""Hi,

I am very upset. We ordered 300 printed lanyards and 300 badge holders on 28 Oct (Order No. PRT-SG-104477) specifically for our client's conference at Suntec tomorrow, 8am registration. Your sales guy promised delivery by Monday latest. Today is Wednesday, 4.30pm, still nothing.

I called your hotline 6221 8890 three times today, each time told "it's on the way", but driver never come and nobody can tell me where the goods are. Your team confirmed the deadline in writing, so don't tell me nobody knew.

I need the goods at our office (Ubi Ave 1) by 8pm tonight latest. If it cannot make it, I expect a full refund and an explanation, because we now have to find another printer overnight and pay rush charges.

Please call me immediately at 9188 2046.

Shirley Tan
Operations Manager, Apex Events Pte Ltd""",
L("complaint", "delivery_delay", "urgent", "Shirley Tan", "91882046", None, "PRT-SG-104477",
  "refund explanation callback"),
date="2024-11-06 16:32")


# ---------------------------------------------------------------- after-sales

M("zh-Hant", "b5", "q", "謝文雄 <hsieh.wh@ms45.hinet.net>", "冷氣安裝時間",
"""您好，
我在4月5日訂購分離式冷氣一台（型號 RX-50NV，訂單編號 AC25040500218），
付款時選擇含基本安裝。前天有一位安裝師傅打電話來（他的手機是0910-225-387），
說要約4/16下午，可是那天我要回南部，所以沒有約成，他說請我自己跟客服改時間。

請問可以改到4/19（六）或4/20（日）上午嗎？
另外我家是舊公寓5樓，室外機要掛在後陽台外牆，師傅說可能要加裝角架，這個費用大概多少，是現場付給師傅嗎？

麻煩回覆，謝謝。
台中市西屯區 謝先生
電話：04-2325-8861""",
L("after_sales", "installation", "normal", "謝文雄", "0423258861", None, "AC25040500218", ""),
date="2025-04-11 19:50")


M("en", "a", "7", "Dorothy Pruitt <dotpruitt1946@aol.com>", "washer",
"""Hello,

My name is Dorothy Pruitt and I bought one of your front loading washing machines, the WF-4500 I believe it says on the front, from your store in Columbus back in the spring of last year. My late husband always took care of these things but now it is just me, so please bear with me.

Last Tuesday it stopped in the middle of the cycle and the little screen shows "E21" and it beeps. The water stays in the drum. My grandson Kyle came over Sunday and looked it up on his phone and said it has something to do with the drain, and he cleaned out the little filter door at the bottom, which was quite a mess I can tell you, but it still does the same thing. There is no smoke or burning smell or anything like that, it just will not drain.

Kyle says it should still be under the warranty because it was less than 2 years. I have the receipt somewhere. The number on the sticker inside the door is 4500W-2303-118472 if that helps.

Could you please send a repairman out? I am home most days except Thursday mornings when I have my hair appointment. My number is (614) 555-0187, it is a house phone so please let it ring, I don't move as fast as I used to.

Thank you kindly,
Dorothy Pruitt""",
L("after_sales", "repair", "normal", "Dorothy Pruitt", "6145550187", None, "", "repair"))


M("zh-Hant", "u", "8", "梁記茶餐廳 <leungkee.cafe@gmail.com>", "雪櫃壞咗 急需師傅",
"""喂你好，我係旺角梁記茶餐廳嘅梁生。

我哋上年喺你哋度買嘅四門商用雪櫃（型號 CF-4D1200，機身編號 CF4D2311A0917），
今朝六點開舖發現完全唔凍，溫度顯示18度，摩打響都唔響。冇冒煙亦冇燒焦味，電掣都冇跳，
但係入面啲凍肉、奶、蛋全部要搬晒去隔籬舖借地方放。

而家午市都開唔到一半，冇雪櫃我哋今晚同聽日都做唔到生意。
唔該即刻安排師傅今日上嚟整，部機仲喺保養期內（保養到2025年3月）。

電話：5432 1098（梁生）
地址：旺角通菜街地舖""",
L("after_sales", "repair", "urgent", "梁生", "54321098", None, "", "repair"),
date="2024-10-15 11:30")


M("en", "u", "q", "Tom Whitfield <tom.whitfield82@gmail.com>", "Refund for returned jacket - second time asking",
"""Hi,

Second time asking about this so I'd appreciate an actual answer this time.

I returned a men's waterproof jacket (Order No. 20250214-88317, £129) on 24 February using your prepaid Royal Mail label. Tracking RM 6613 4482 9GB shows it was delivered to your returns centre on 26 February. Your website says refunds are processed within 14 days of receipt. It's now 20 March and I haven't seen a penny.

Could you please process the refund to my original card, or tell me what's holding it up.

Cheers,
Tom Whitfield
07700 900412""",
L("after_sales", "refund", "normal", "Tom Whitfield", "07700900412", None, "20250214-88317", "refund"),
date="2025-03-20 18:10")


M("zh-Hant", "u", "8", "曾薇安 <vivian.tseng88@gmail.com>", "掃地機器人充不進電，還在保固內嗎？",
"""Hi 客服您好~

家裡的掃地機器人（去年4月在你們官網買的，型號 Robo S9，序號 RS9T2304156628）
這禮拜開始放回充電座都不會充電，燈號一直閃紅燈，換了插座也一樣 😢
我有照說明書把充電片擦乾淨、也重開機過了，都沒用。

算一下買了快11個月，應該還在一年保固內吧？
請問要怎麼送修？是要自己寄回去還是你們會派人來收？
訂單號碼我找不到了，不過我是用會員帳號買的，會員編號 M11208345。

我的手機：０９２１－６６３－０４５
薇安""",
L("after_sales", "warranty", "normal", "曾薇安", "0921663045", "M11208345", "", "repair"),
date="2025-03-02 22:30")


M("en", "a", "q", "Markus Hoffmann <m.hoffmann@hoffmann-verpackung.de>",
"Line 2 standing still - sealing unit failure on your FS-900 flow wrapper",
"""Hello service team,

our flow wrapper FS-900 (serial no. FS900-21-0457), installed by your technicians in 2023, is standing still since this morning 6:10. The cross sealing jaws do not heat up anymore, the HMI shows alarm 317 "Temperature sensor cross seal". We have changed the fuse and checked the connector like your manual says, without success.

Because of this our complete packaging line 2 is stopped and we have a delivery for a supermarket chain which must leave on Thursday. Every hour of standstill costs us a lot of money.

Please send a service technician as soon as possible, today if possible, and call me back to confirm. We have a service contract, customer no. K-100382.

Our electrician Mr. Braun (mobile 0171 5550123) can give further technical details on site.

Best regards
Markus Hoffmann
Production Manager
Hoffmann Verpackung GmbH
Mobile: 0151 2345 6789""",
L("after_sales", "repair", "urgent", "Markus Hoffmann", "015123456789", "K-100382", "", "repair callback"),
date="2025-05-13 14:40")


M("zh-Hant", "b5", "b", "張小姐 <cherrycheung_0903@hotmail.com>", "退貨 (訂單 HK-20250311-4471)",
"""你好，

我係3月11號係網店買左一對波鞋，訂單 HK-20250311-4471，
收到試左下，size 38 太細，腳趾頂住，想退貨。鞋盒同吊牌都仲係度，只係屋企入面試過。
我睇返網站話14日內可以退，想問點樣安排？係咪要自己寄去倉，定係可以放係便利店？
可以既話想退返錢，唔換其他款了。

唔該晒
張小姐
6688 1423""",
L("after_sales", "return", "normal", "張小姐", "66881423", None, "HK-20250311-4471", "return refund"),
date="2025-03-18 13:25")


M("en", "u", "8", "Zhang Hao <zhanghao.dev@qq.com>", "Laptop hinge broken, warranty claim",
"""Dear support,

My laptop (AeroBook 14 Pro, S/N ABP14C2209K33851) left hinge is cracked and the screen cover is separate from the body when I open it. I never drop it, it just happen slowly since 2 weeks, first a little noise and then crack. I bought it in your official Tmall store in Nov 2023, order 3561908847220516832, so it is still in the 2 years warranty.

I want to use the warranty to repair it. Can you tell me the nearest service center in Hangzhou, or can I send it by SF? I need the laptop for work so hope the repair time is not too long.

Thanks,
Zhang Hao
Mobile: 186-5712-0934""",
L("after_sales", "warranty", "normal", "Zhang Hao", "18657120934", None, "3561908847220516832", "repair"))


M("zh-Hant", "u", "q", "蘇太 <so.mrs.lai@gmail.com>", "電飯煲內膽甩塗層",
"""你好，
兩個星期前喺你哋旗艦店買咗部IH電飯煲（型號 RC-IH18，單號 0007-2405-118823），用咗唔夠十次，
內膽底已經甩咗幾笪塗層，啲黑色碎仲黐埋落飯度。咁貴嘅電飯煲搞成咁，真係好失望。

我唔想維修，想直接換過一個新內膽，或者換過部新機都得，因為啲塗層食落肚都唔知有冇問題。
我可以攞返去旗艦店換，唔該話我知要帶啲乜。

蘇太
9022 6178""",
L("after_sales", "exchange", "normal", "蘇太", "90226178", None, "0007-2405-118823", "exchange"),
date="2024-06-03 20:10")


M("en", "u", "q", "Karen Liu <karen.liu@brightpathdental.com>", "Scheduling installation - Order #WS-558120",
"""<p>Hi,</p>
<p>Our order #WS-558120 (6 sit-stand desks + 2 reception counters) was delivered to our new office yesterday and is sitting in boxes in the lobby. The order included &quot;white glove installation&quot;, but no one has contacted us to schedule it.</p>
<p>We open to patients on the 16th, so ideally installation would happen sometime next week. Weekdays after 5:30pm or Saturdays work best since the contractors are still finishing the floors during the day.</p>
<p>Could someone reach out to set up a time? Best number is my cell, 415-555-0162.</p>
<p>Thanks so much,<br>
Karen Liu<br>
Office Manager, Bright Path Dental<br>
2250 Irving St, San Francisco, CA 94122</p>
""",
L("after_sales", "installation", "normal", "Karen Liu", "4155550162", None, "WS-558120", "callback"),
html=True, date="2025-06-05 01:30")


# ---------------------------------------------------------------- emergencies

M("zh-Hant", "b5", "b", "劉建宏 <liu.jianhong@gmail.com>", "緊急！帳號被盜用，有人用我的帳號下單",
"""客服您好，緊急！！

今天凌晨2點多我手機一直收到你們的簡訊驗證碼，我沒有理它，早上起來登入APP一看，
帳號的手機號碼跟收件地址都被改掉了，而且多了三筆我沒有下的訂單：
EC2504190001873、EC2504190001902、EC2504190002255
總共 NT$46,970，都是用我綁定的信用卡付款，買的是 iPhone 跟禮券。

我已經打給銀行停卡了，但訂單還在「處理中」，請你們馬上把這三筆訂單攔下來取消、不要出貨，
並且把我的帳號先凍結。信用卡的款項也請退回。

我的會員編號：U0087341
聯絡電話（原本綁定的號碼）：0963-118-502，請盡快打給我。

劉建宏""",
L("emergency", "account_security", "urgent", "劉建宏", "0963118502", "U0087341",
  "EC2504190001873 EC2504190001902 EC2504190002255", "refund callback"),
date="2025-04-19 08:05")


M("en", "a", "7", "Sam Patel <sam@threadandneedle.co>", "quick question about the API",
"""Hi - not really a quick question, sorry, subject line was from an earlier draft.

Since about 10:15 ET every checkout on our store is failing at your payment step. Customers get to the card form, hit Pay, spinner, then "Error 502 - upstream unavailable". Your /v2/charges endpoint is returning 502 for us on every call, I've tested from two different servers and my phone. Nothing changed on our side, no deploy since Friday.

Your status page says "All systems operational", which is clearly not the case. We've lost roughly 60 orders in the last hour, and this is our biggest sale weekend of the year.

Merchant ID: mrc_7HQ2K91XZ
Please escalate to your engineering team and have someone call me: 312-555-0178.

Sam Patel
Thread & Needle Co.""",
L("emergency", "system_outage", "urgent", "Sam Patel", "3125550178", "mrc_7HQ2K91XZ", "", "callback"),
date="2025-11-30 00:22")


M("zh-Hant", "u", "8", "鄭家豪 <kh.cheng@goldenbakery.hk>", "你哋POS系統成朝收唔到錢！！",
"""你好，我係金麥餅店嘅鄭生，商戶號碼 MER-HK-0042317。

由今朝7點半開始，你哋個雲端POS系統一直顯示「伺服器連線失敗」，八達通、信用卡、AlipayHK全部過唔到數，
三間分店都係咁，唔係我哋部機問題（重開咗幾次、轉咗用4G都一樣）。
而家係早餐繁忙時間，客人排晒隊，我哋只可以收現金，好多客人冇現金就行咗去。

打你哋熱線 2112 8800 一直講緊「系統繁忙」，請即刻搵技術人員跟進，同埋打俾我：9276 5530。

鄭家豪
金麥餅店 營運經理""",
L("emergency", "system_outage", "urgent", "鄭家豪", "92765530", "MER-HK-0042317", "", "callback"),
date="2025-06-10 08:15")


M("en", "u", "8", "Gareth Hughes <g.hughes.cardiff@outlook.com>", "E-bike battery swelling and hissing - what do I do??",
"""Hi,

I've just come home and there's a smell like burning plastic in the hallway. The battery on the Volt City e-bike I bought from you in August (order VC-UK-30918) is on charge and the casing has bulged out on one side and it's making a hissing/crackling noise. It's not on fire but it's hot to touch even from a few inches away.

I've unplugged it at the wall and wheeled the bike out onto the back patio away from the house, the kids are in the front room. Is it safe to leave it outside? Should I call the fire brigade? Nobody picks up on your phone line.

Please call me right away on 07912 448 903.

Gareth""",
L("emergency", "safety", "urgent", "Gareth Hughes", "07912448903", None, "VC-UK-30918", "callback"),
date="2024-12-10 02:55")


M("zh-Hant", "u", "q", "楊淑惠 <yang.shuhui@gmail.com>", "電暖器插頭燒焦",
"""您好，
我上個月在貴公司買的陶瓷電暖器（型號 CH-1500T），剛剛開著大概一個小時，突然聞到很重的燒焦味，
過去看插頭的地方已經變黑、有一點融化，插座旁邊的牆也燻黑了一塊，還好我女兒在旁邊寫功課馬上叫我。
我已經把電源拔掉了，現在完全不敢再用。

這台用不到一個月，家裡有小孩，真的很可怕。我想確認這批是不是有問題？我要退貨，也請你們給我一個說明。
照片跟影片我都有拍。

訂單編號：20241203TW558821
電話 02-2956-7714（晚上都在家）
楊淑惠""",
L("emergency", "safety", "urgent", "楊淑惠", "0229567714", None, "20241203TW558821", "return explanation"),
date="2025-01-08 20:40")


M("en", "u", "b", "Vikram Nair <vikram.nair.blr@gmail.com>", "Someone changed my password - account hacked??",
"""Hi Team,

At 2:47 AM today I received an email from your side that my password was changed and a new device "Windows / Chrome, Lagos" logged in to my account. This was not me, I was sleeping. Now I am not able to login, it says wrong password, and the "forgot password" link is sending OTP to some other mobile number which is not mine.

I have ₹18,450 in my wallet balance and my credit card is saved in the account. Please block my account immediately and stop any transactions. My registered mobile number is 9845012377 and registered email is this one.

Customer ID: CUST-8839201

Kindly treat this as urgent and call me back.

Vikram Nair
Bengaluru""",
L("emergency", "account_security", "urgent", "Vikram Nair", "9845012377", "CUST-8839201", "", "callback"),
date="2025-09-03 10:45")


M("zh-Hant", "u", "q", "Mak Wing Yan <wingyan.mak@outlook.com>", "收到假SMS 入咗信用卡資料 有陌生交易",
"""<div>你好，</div>
<div><br></div>
<div>琴晚收到一個SMS，話我嘅包裹地址唔完整，要俾$12重新派送，條link個樣同你哋網站一模一樣，我一時大意入咗信用卡資料。</div>
<div>今朝起身發現張卡有兩單陌生交易，一單 HK$3,880、一單 HK$5,200，商戶名都係你哋公司。我登入返自己個account，發現登入email都俾人改咗，而家入唔到。</div>
<div><br></div>
<div>我已經打咗俾銀行cancel張卡，但係唔該你哋：</div>
<ol>
<li>即刻鎖住我個帳戶（會員號碼 HKM2209148）</li>
<li>查下呢兩單係咪經你哋平台，幫我取消同退款</li>
<li>盡快打電話俾我 6203&nbsp;4471</li>
</ol>
<div>Wing Yan</div>
<div><br></div>
<div>（以下係嗰個SMS）</div>
<blockquote style="border-left:1px solid #ccc;padding-left:8px">【XX速遞】閣下包裹因地址不全暫停派送，請於24小時內更新：hxxp://xx-hk-post.top/a8 查詢：3618 2200</blockquote>
""",
L("emergency", "account_security", "urgent", "Mak Wing Yan", "62034471", "HKM2209148", "", "refund callback"),
html=True, date="2025-02-26 07:50")


M("en", "u", "q", "Lauren Mitchell <lauren@bluewaterstays.com.au>", "Can't unlock - app says \"service unavailable\"",
"""Hi,

I manage four holiday rentals on the Sunshine Coast and all of them use your SmartBolt locks. Since around 1pm today the SmartBolt app just shows "Service unavailable - please try again later" on every lock, on my phone, my partner's phone and the web dashboard. The locks themselves have power and the keypads light up, but the guest codes I created this morning aren't syncing so they don't work.

I've reset my router and reinstalled the app; it's not our wifi, we're on two different networks. Your Facebook page has a bunch of people saying the same thing, so it looks like it's your servers.

I've got guests checking in at 3pm at two of the properties and no way to let them in. Please fix it or tell me how to generate an offline code.

Lauren Mitchell
Bluewater Stays
0423 661 870""",
L("emergency", "system_outage", "urgent", "Lauren Mitchell", "0423661870", None, "", ""),
date="2025-01-18 11:50")


# ---------------------------------------------------------------- suggestions

M("zh-Hant", "b5", "8", "吳冠廷 <kuanting.wu@gmail.com>", "APP 小建議",
"""嗨，我是你們APP的老用戶，用了三年多，整體很好用，有兩個小建議：

1. 希望可以有深色模式，晚上睡前滑的時候真的很刺眼。
2. 結帳時能不能記住我上次用的手機條碼載具？每次都要重新輸入 /ABC+123 那串很麻煩。

另外訂單頁面如果能直接顯示物流進度就更好了，現在要點進去兩層才看得到。
以上，謝謝你們！

冠廷""",
L("suggestion", "feature_request", "low", "吳冠廷", None, None, "", ""))


M("en", "u", "8", "Melvin Ong <melvin.ong88@gmail.com>", "suggestion - add PayNow at checkout",
"""Hi team,

Been buying from your app for a while, quite ok overall. Just one suggestion - can add PayNow as a payment option or not? Now only got credit card and GrabPay. A lot of people here prefer PayNow, faster and no need to key in card details, and I think your side also save on card fees.

Also if the app can remember the delivery timeslot I always choose (Sat morning) then better lah.

Thanks!
Melvin""",
L("suggestion", "feature_request", "low", "Melvin Ong", None, None, "", ""))


M("zh-Hant", "b5", "q", "Alan Kwok <alan.kwok.hk@gmail.com>", "對你地客服熱線既意見",
"""你好，

先講明，呢個唔係投訴，我上星期打黎問野，個客服都好有禮貌，問題都解決左。

只係想提D意見：
1. 熱線IVR選項太多，要揀四層先搵到真人，老人家應該好難用。
2. 可唔可以加返廣東話既WhatsApp客服？而家online chat得普通話同英文。
3. 星期六日可唔可以延長到夜晚8點？返工既人平日好難打黎。

希望你地參考下，唔該。
Alan Kwok""",
L("suggestion", "feedback", "low", "Alan Kwok", None, None, "", ""))


M("en", "a", "7", "Rachel Denholm <rachel.denholm@gmail.com>", "Complaint about packaging",
"""Hello,

Complaint is probably too strong a word for the subject line - it's more of a comment.

My order of three small jars of face cream arrived in a box big enough for a pair of wellies, with two bags of plastic air pillows and each jar wrapped separately in bubble wrap. Everything arrived perfectly fine, so no problem there, and I'm happy with the products.

But for a brand that talks so much about being "clean and green" on its website, it seems a shame. Could you consider smaller boxes for small orders, and paper padding instead of plastic? I'd honestly be happy to wait an extra day for it to go out in a sensible box.

Best wishes,
Rachel Denholm""",
L("suggestion", "feedback", "low", "Rachel Denholm", None, None, "", ""))


M("en", "u", "q", "Stefan Krüger <stefan.krueger@datenwerk.io>", "Bug? Rate limit headers",
"""Hi,

I first thought this was a bug, but after reading the docs again I think it is working as designed, so please consider this a feature request instead.

When we hit your API rate limit we get HTTP 429, but the response has no Retry-After or X-RateLimit-Remaining header. So our client has to guess how long to wait, and we end up with an exponential backoff that is often much too long. Most APIs we work with (Stripe, GitHub) send these headers.

It would help a lot if you could add:
- Retry-After on 429 responses
- X-RateLimit-Limit / -Remaining / -Reset on every response

Also the docs page for rate limits only says "fair use", a concrete number per minute would be nice.

Nothing urgent, everything works for us at the moment.

Thanks and best regards,
Stefan Krüger
datenwerk GmbH""",
L("suggestion", "feature_request", "low", "Stefan Krüger", None, None, "", ""))


# ---------------------------------------------------------------- other

M("zh-Hant", "u", "b", "黃淑芬 <shufen.huang@yahoo.com.tw>", "Re: 【客服回覆】包裹遺失處理結果（案件編號 202502-0386）",
"""<div>小美您好：</div>
<div><br></div>
<div>收到補寄的包裹了，東西都完好無缺，真的很謝謝您這幾天幫我跟物流來回確認，還特地打電話跟我說明進度。</div>
<div>現在很少遇到這麼有耐心的客服，特別寫信來跟您說聲謝謝，也請幫我轉達給您的主管 😊</div>
<div><br></div>
<div>祝 工作順心</div>
<div>黃淑芬</div>
<div><br></div>
<div>-----原始郵件-----</div>
<div>寄件者: 客服中心 &lt;service@example.com&gt;</div>
<div>寄件日期: 2025年2月21日 下午 3:12</div>
<div>主旨: 【客服回覆】包裹遺失處理結果（案件編號 202502-0386）</div>
<div><br></div>
<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">
黃小姐您好，<br>
關於您的訂單 T250210007731 包裹遺失一事，我們已安排補寄，新的宅配單號為 9017 5528 3316，預計 2/24 送達。<br>
如有任何問題，歡迎來電客服專線 (02)2655-8000 分機 612 找我。<br>
客服專員 林小美 敬上
</blockquote>
""",
L("other", "thanks", "low", "黃淑芬", None, None, "", ""),
html=True, date="2025-02-25 10:00")


M("en", "u", "q", "Jessica Moore <jessica@rankboostdigital.net>", "Re: Your website ranking on Google",
"""<html><body>
<p>Hi there,</p>
<p>I was checking your website and noticed it is <b>not ranking on the first page of Google</b> for many important keywords in your industry. Your competitors are getting that traffic instead of you.</p>
<p>We are a team of 45+ certified SEO experts and have helped over 2,000 businesses in the US, UK &amp; Australia. <b>Guaranteed first page ranking in 90 days</b> or your money back!</p>
<ul><li>On-page &amp; technical SEO audit</li><li>High DA backlinks</li><li>Local SEO &amp; Google Business Profile</li></ul>
<p>Can I send you a FREE audit report &amp; our price list? Just reply &quot;YES&quot;.</p>
<p>Best Regards,<br>Jessica Moore<br>Business Development Manager<br>RankBoost Digital<br>WhatsApp: +1 (646) 555-0199</p>
<p style="font-size:10px;color:#999">If you don't want to receive further emails, reply &quot;unsubscribe&quot;.</p>
</body></html>
""",
L("other", None, "low", "Jessica Moore", None, None, "", ""),
html=True)


M("zh-Hant", "b5", "q", "邱品妤 <pinyu.chiu@gmail.com>", "應徵 線上客服專員（104職缺編號 12TW9X）",
"""人資部門 您好：

我是邱品妤，在104人力銀行看到貴公司徵求「線上客服專員」的職缺，想應徵這個職位。
我目前在一家電商公司擔任客服約兩年，主要負責電話及線上文字客服、處理退換貨與客訴案件，
平均每月處理約900件，顧客滿意度維持在96%以上。
我自己也是貴公司的會員，常常在官網買東西，對貴公司的商品和服務流程算是熟悉。

附件是我的履歷與自傳，如果有面試機會，歡迎隨時與我聯絡。
手機：0978-205-316
Email：pinyu.chiu@gmail.com

謝謝您撥冗閱讀。
邱品妤 敬上""",
L("other", None, "low", "邱品妤", "0978205316", None, "", ""))


M("zh-Hant", "u", "8", "Ivan Lau <ivanlau.hk@gmail.com>", "強哥 廚房報價",
"""強哥，

琴日睇完你個廚房報價，$68,000 連拆舊櫃，我同老婆傾咗，大致OK。
不過想問下個石英石枱面可唔可以轉淺灰色，同埋洗碗盆想要單盆大嘅。
訂金係咪俾三成？你將入數號碼send俾我，我今個星期入。

另外你話星期六會帶個水電師傅嚟睇，佢電話係咪 6577 2093？我直接同佢約時間。

Ivan""",
L("other", None, "low", "Ivan Lau", None, None, "", ""))


M("en", "a", "7", "Chen Jing <chenjing@hzsunrise-textile.com>", "Automatic reply: Shipment schedule for November",
"""Dear Sir/Madam,

Thank you for your email. I am on business trip to the Canton Fair from 15 to 20 October with limited access to email. Your message will be handled after I come back.

For urgent matters about orders and shipment, please contact my colleague Ms. Wu Fang, tel +86 571 8765 4321, email wufang@hzsunrise-textile.com.

Best regards,
Chen Jing
Sales Department
Hangzhou Sunrise Textile Co., Ltd.""",
L("other", None, "low", "Chen Jing", None, None, "", ""),
date="2025-10-16 10:03",
extra=[("Auto-Submitted", "auto-replied"), ("In-Reply-To", "<20251016.88213@example.com>")])


M("zh-Hant", "u", "q", "Winnie Lam <winnie.lam@harbourtrade.com.hk>", "自動回覆：Re: 七月份對數單",
"""多謝你嘅電郵。

本人由7月14日至7月25日放緊年假，期間未必能夠即時回覆電郵。
如有關於訂單或者付款嘅急事，請聯絡同事 Kenneth Tsang（電話 3105 6628，電郵 kenneth.tsang@harbourtrade.com.hk）。
本人會喺7月28日返回辦公室後盡快回覆。

Winnie Lam
Harbour Trading Ltd.""",
L("other", None, "low", "Winnie Lam", None, None, "", ""),
date="2025-07-15 09:02",
extra=[("Auto-Submitted", "auto-replied"), ("In-Reply-To", "<20250715.4471@example.com>")])


M("en", "u", "8", "Marcus Greene <mgreene.atl@gmail.com>", "Re: Your complaint case #202410-0457 has been resolved",
"""Hey Angela,

Just wanted to say thanks. The replacement headphones showed up today and they're perfect. Honestly after how the first few weeks went I wasn't expecting much, but you stayed on it and kept me posted the whole way. Appreciate it.

No need to reply, just wanted someone to know you did a good job.

Marcus

On Tue, Oct 22, 2024 at 3:15 PM Customer Care <support@example.com> wrote:
> Hi Marcus,
>
> We're sorry again for the trouble with your order #HP-2209-4418 and the delay in handling your complaint. A replacement pair of SoundArc 700 headphones has shipped via UPS (1Z999AA10123456784) and should arrive within 2 business days.
>
> If anything else comes up, you can reach me directly at 1-888-555-0134 ext. 27.
>
> Best,
> Angela R.
> Customer Care Team""",
L("other", "thanks", "low", "Marcus Greene", None, None, "", ""),
date="2024-10-25 07:40")
