# fresh3 slice h: Traditional Chinese (TW / HK) and English (various locales), hand-written.
# Calls only M(...) and L(...), as in make_eval.py.

M("zh-Hant", "b5", "b", "林佩君 <peichun.lin0312@gmail.com>", "緊急!!我的信用卡被盜刷",
"""您好，

我是貴行鈦金卡的持卡人林佩君。今天凌晨 2:14 到 2:31 之間連續收到三封簡訊，說我的卡在國外網站刷了三筆，分別是 USD 389.00、USD 412.50、USD 97.99，可是我人在台中，卡片也一直在我皮夾裡，根本沒有出國，也沒有在那些網站買過東西。

早上 7 點打了 0800-017-365 客服專線，語音一直轉不到真人，等了 20 幾分鐘只好先掛掉。App 裡面「暫停卡片」的按鈕我按了，但畫面一直顯示「處理中」，不確定到底有沒有停掉。

麻煩：
1. 立刻幫我把卡停掉、重新發卡
2. 這三筆我不承認，請幫我提出爭議款，不要讓我付這筆錢
3. 請專人回電給我，手機 0912-345-678，今天整天都可以接

卡號末四碼 4471，身分證後四碼我電話中再告訴你們。

林佩君 敬上""",
L("emergency", "account_security", "urgent", "林佩君", "0912345678", None, "", "refund callback"),
date="2025-03-18 08:05")

M("en", "a", "7", "Gareth Pryce <g.pryce1971@btinternet.com>", "THIRD time of asking - engineer no-show AGAIN",
"""To whoever actually reads these,

Customer ID: NLM-4481902

This is the third time I am writing about the same thing and frankly I'm done being polite.

Broadband at my address has been dropping out every evening since the 2nd of last month. You booked an engineer for the 14th - nobody came. Rebooked for the 21st - nobody came. Rebooked for yesterday, 8am-1pm slot, I took ANOTHER day off work and sat in the window like a lemon. Nobody came, nobody rang.

When I phoned your 0330 088 1200 number last night, the agent (Kelly, I asked her name) told me it was "probably my router" and then put the phone down on me while I was mid-sentence. That's not a technical fault, that's rudeness.

So, in writing:
- I want a written apology for the way I've been treated.
- I want compensation for three lost days of work, not a GBP 5 credit.
- I want a manager to ring me, not a script reader. Mobile 07700 900 482.

If this isn't sorted by Friday I will be instructing my solicitor and filing with Ofcom. I've kept every reference number.

Gareth Pryce""",
L("complaint", "service_attitude", "urgent", "Gareth Pryce", "07700900482", "NLM-4481902", "", "apology compensation callback"))

M("zh-Hant", "u", "q", "Kelvin Chan <kelvinchan.hk88@yahoo.com.hk>", "點解我個月結單多咗$1,280漫遊費？？",
"""你好，

我上個月去咗日本五日，出發前特登打去你哋熱線 2888 1010 開「日本漫遊日費 $68/日」，個職員話已經幫我搞掂，仲叫我放心用。

點知今個月張月結單出嚟，收咗我 $1,280 按量數據漫遊費！即係根本冇幫我開到個計劃。呢個係你哋職員做錯嘢，唔係我問題，我去之前問得清清楚楚。

客戶編號：HK20931877
手機：6234 5918

我要求：
1）即刻退返多收嘅錢（應該係 $1,280 減 5 日 x $68 = $940）
2）解釋下點解職員話開咗但其實冇開

唔該回覆。
Kelvin""",
L("complaint", "billing", "normal", "Kelvin Chan", "62345918", "HK20931877", "", "refund explanation"))

M("en", "u", "8", "Marie-Claude Tremblay <mc.tremblay@videotron.ca>", "Re: Your support request #SR-558210",
"""Hi again,

As requested, here's the info:

Model: HT-300 smart thermostat
Serial: HT3A2209K4471
Order number: HC-2024-118734 (bought on your website, Jan 2024)

It just shows a blank screen now, even after changing the C-wire and resetting the breaker. Your agent said the warranty is 12 months, but your Canadian warranty page clearly says 2 years. So I'd like it replaced under warranty please.

Honestly a bit frustrated that a $249 thermostat died after 13 months, but I just want it sorted before the next cold snap. Best number for me is (514) 555-0187, evenings.

Merci,
Marie-Claude

On Mon, Feb 3, 2025 at 10:12 AM Halcyon Home Support <support@halcyonhome.example> wrote:
> Hi Marie-Claude,
>
> Thanks for reaching out. To check your warranty status, please reply with the
> model, serial number and order number of your thermostat.
> You can also reach me directly at 1-888-555-0142 ext. 3.
>
> Jordan
> Halcyon Home Support""",
L("after_sales", "warranty", "normal", "Marie-Claude Tremblay", "5145550187", None, "HC-2024-118734", "exchange"),
date="2025-02-04 19:40")

M("zh-Hant", "b5", "q", "張志明 <chihming.chang@hotmail.com>", "智慧插座有燒焦味",
"""你好，

我在你們官網買的智慧插座（型號 SP-20），插著電暖器用，剛剛客廳一直有很重的塑膠燒焦味，拔下來一看插座外殼有一塊變黑，摸起來還燙燙的。已經先拔掉了，家裡有小孩很擔心。

請問現在該怎麼處理？同一張訂單還有另一顆一樣的插在臥室，要不要也先停用？這兩顆我都不敢再用了，希望可以退貨退款。

訂單編號：TW250112008841
手機 0933-128-406

張先生""",
L("emergency", "safety", "urgent", "張志明", "0933128406", None, "TW250112008841", "return refund explanation"))

M("en", "a", "q", "Dianne Kowalski <dkowalski62@bigpond.com>", "wrong tablets in my order",
"""Hello,

My order 5583021 came on Tuesday. The box says Metoprolol 50mg which is what my doctor prescribed, but the strip inside has a different tablet, they are white and round and mine are usually pink. I didn't notice and I took two of them yesterday morning and last night.

Since last night I have been very dizzy and my heart is going fast, I nearly fell over in the shower this morning. My daughter says to contact you first to find out what the tablet actually is so we can tell the GP, she is driving me there now.

Please can somebody ring me as soon as possible on 0412 884 193. I still have the strip.

Dianne Kowalski""",
L("emergency", "safety", "urgent", "Dianne Kowalski", "0412884193", None, "5583021", "callback explanation"))

M("zh-Hant", "u", "8", "黃太 <wong.family.hk@gmail.com>", "查詢訂單送貨進度",
"""你好，

我喺4月20號喺你哋網站訂咗兩盒維他命D同一支兒童退燒藥水，訂單號碼 HKP-0420-77315。網站顯示「已出貨」已經三日，但係個速遞追蹤號碼 SFHK8802331940 喺速遞公司網站查唔到任何紀錄。

想問下啲貨而家去到邊？大概幾時可以送到？唔該晒。

黃太
電話：6187 2290""",
L("inquiry", "order_status", "normal", "黃太", "61872290", None, "HKP-0420-77315", ""),
date="2025-04-26 10:15")

M("en", "a", "7", "Jasmine Lim <jaslim.sg@gmail.com>", "offline lessons?",
"""Hi, going on a cruise next month and there's no wifi onboard. Can I download the Japanese lessons to do offline ah? I see the download icon on some lessons but not on the speaking ones. Using the iPad app.

Thanks!
Jas""",
L("inquiry", "how_to", "low", "Jasmine Lim", None, None, "", ""))

M("zh-Hant", "b5", "b", "吳家豪 <wu.chiahao@yahoo.com.tw>", "第三次反映：退票被拒、客服態度惡劣",
"""客服主管您好：

這是我第三次寫信反映同一件事，前兩次都只收到罐頭回覆。

我在貴站買了 12/7 高雄場的演唱會門票兩張，訂單編號 TK24110900531。主辦單位在 11/20 公告延期到明年 3 月，公告上寫得很清楚「無法出席者可申請全額退票」。結果我打客服專線 (02)8772-1000，第一次說系統還沒開放，第二次說要收 10% 手續費，第三次那位客服直接跟我說「不爽就不要買啊」，然後就掛我電話。

請問這是什麼服務態度？我要求：
一、依主辦公告全額退票，不收手續費
二、針對客服人員的態度給我正式道歉

如果這週五前還是沒有處理，我會直接向消基會申訴，並把通話錄音貼到爆料公社。

吳家豪
0987-220-613""",
L("complaint", "service_attitude", "urgent", "吳家豪", "0987220613", None, "TK24110900531", "refund apology"),
date="2024-12-02 21:30")

M("en", "l1", "q", "Katrin Vogel <k.vogel@posteo.de>", "Delivery of dining table - damage on surface",
"""Dear Sir or Madam,

yesterday your team delivered the oak dining table "Malmö 180" (Order No. 40019273). After unpacking I noticed a scratch of approx. 12 cm on the table top and one corner is dented. Unfortunately the delivery men had already left, so I could not show them. Photos are attached.

Apart from this the table is very nice and I would like to keep it, but I would like to have the table top exchanged for a new one. Please inform me about the procedure and when this is possible. I am at home on Tuesdays and Thursdays.

With kind regards

Katrin Vogel
Tel. 0171 4829305""",
L("after_sales", "exchange", "normal", "Katrin Vogel", "01714829305", None, "40019273", "exchange"))

M("zh-Hant", "u", "b", "梁志偉 <leungchiwai.auto@gmail.com>", "又寄錯！第二次啦",
"""你好，

我上星期喺你哋網店訂咗 Toyota Alphard AH30 嘅前轆來令片（零件號 04465-58020），訂單 #CP-HK-55128。

第一次寄嚟係後轆嘅，我打電話去，你哋話重新寄過。今日收到第二盒，打開一睇——又係後轆！！盒上面張貼紙明明寫住 04466，你哋執貨嗰個係咪唔識睇字？

我約咗師傅今個禮拜六換，宜家又要改期，成個週末白白浪費晒。兩次都係你哋嘅錯。

要求：
1. 今日之內確認寄返啱嘅前轆畀我換，錯嗰兩盒你哋自己安排收返
2. 兩次來回運費同埋我改期嘅損失，你哋要補返

梁生
9786 3321""",
L("complaint", "wrong_item", "normal", "梁志偉", "97863321", None, "CP-HK-55128", "exchange compensation"))

M("en", "a", "7", "\"Robert T. Alvarez\" <rtalvarez@comcast.net>", "Question about a fee on my statement",
"""Hello,

Quick question on my latest statement (card ending 0092). There's a "FOREIGN TRANSACTION FEE $4.17" right under a charge from "BKG*HOTEL ON" dated 03/02 for $139.00.

I was under the impression my Platinum card has no foreign transaction fees. Also, the hotel was in Orlando, FL, so I'm not sure why it counts as foreign at all - maybe the booking site processes overseas?

I'm not disputing the hotel charge itself, I booked it. I'd just like to understand why the fee was applied and whether that's normal.

Thanks,
Robert T. Alvarez""",
L("inquiry", "billing", "normal", "Robert T. Alvarez", None, None, "", "explanation"))

M("zh-Hant", "b5", "8", "陳怡婷 <yiting.chen1990@gmail.com>", "取消訂房後一直沒收到退款",
"""您好，

我在 1/5 於官網取消了 2/14–2/16 台北館的訂房（訂房代號：HRT2501-88231），當時畫面顯示符合免費取消條件，會全額退款 NT$8,400 到原信用卡。

到今天已經超過 14 個工作天了，這期信用卡帳單還是沒有看到這筆退款。取消確認信我有留著，需要的話可以轉寄給你們。

麻煩幫我確認一下並處理退款，謝謝。

陳怡婷
0920-556-173""",
L("after_sales", "refund", "normal", "陳怡婷", "0920556173", None, "HRT2501-88231", "refund"),
date="2025-01-28 12:20")

M("en", "u", "8", "Ananya Krishnan <ananya.k@brightwave-events.in>", "Partnership proposal – IndieFest Pune 2025",
"""Hi team,

Hope you're doing well! I'm Ananya, Head of Partnerships at Brightwave Events.

We're producing IndieFest Pune 2025 (3 days, 40,000+ expected footfall, 25 independent artists) and we're looking for an exclusive ticketing partner. Given your reach in Tier-1 and Tier-2 cities, we think there's a great fit.

What we can offer:
• Co-branding across all on-ground and digital assets
• Early-bird inventory exclusively on your platform
• Joint social campaigns with our artist line-up

I've attached our sponsorship deck. Would someone from your partnerships team be open to a 20-minute call next week?

Warm regards,
Ananya Krishnan
Head of Partnerships, Brightwave Events
www.brightwave-events.in""",
L("other", None, "low", "Ananya Krishnan", None, None, "", ""))

M("zh-Hant", "b5", "b", "許雅雯 <yawen.hsu@gmail.com>", "預約系統衣櫃組裝時間",
"""您好：

上週日在板橋門市訂了一組系統衣櫃和一張雙人床架，訂單號碼 F2502-03317，門市人員說 3/8 先送貨，組裝要另外跟客服約時間。

想預約 3/15（六）下午組裝，不知道那天師傅有沒有空？如果不行 3/16 也可以。

地址：新北市板橋區文化路一段 xx 號 7 樓（郵遞區號 220），有電梯。
另外衣櫃的門目前放著有點晃，我想應該只是還沒組好、沒鎖螺絲，不是品質問題，組裝的時候順便看一下就好。

聯絡手機：0975-338-210（平日白天上班，可以傳簡訊）

許雅雯""",
L("after_sales", "installation", "normal", "許雅雯", "0975338210", None, "F2502-03317", ""),
date="2025-03-04 22:10")

M("en", "a", "8", "Muhammad Hafiz bin Rahman <hafiz.rahman88@yahoo.com>", "Return request - ordered wrong size",
"""Hi,

I ordered the air filter for my Myvi but I think I picked the wrong one lah, the one I received is for the 1.3 engine and mine is the 1.5. My mistake, sorry.

Order no: MY-778201
Not opened yet, still in the plastic.

Can I return it and get refund? Or exchange for the correct one also can, whichever is faster. Pls advise how to send back.

Thanks,
Hafiz
012-338 4471""",
L("after_sales", "return", "normal", "Muhammad Hafiz bin Rahman", "0123384471", None, "MY-778201", "return refund exchange"))

M("zh-Hant", "u", "q", "張美玲 <meiling.cheung@outlook.com>", "對尖沙咀分店前台服務嘅意見",
"""<div style="font-family: PMingLiU, sans-serif; font-size: 14px;">
<p>你好，</p>
<p>本人上星期六（6月15日）入住貴酒店尖沙咀分店，預訂編號 HB-TST-240615-09，兩晚。</p>
<p>Check-in 時排隊等咗差唔多成個鐘，前台得一個職員，佢由頭到尾黑口黑面，連「歡迎」都冇講過。入到房發現得一條浴巾，打去前台問可唔可以送多條上嚟，個職員答我：「你自己落嚟攞啦，我哋好忙。」之後就收線。</p>
<p>我唔係話一定要有咩賠償，但係以貴酒店嘅價錢同名聲，呢種態度真係好令人失望。希望管理層正視，並且畀一個正式回覆同道歉。</p>
<p>張美玲<br>
電話：9450&nbsp;3386</p>
</div>""",
L("complaint", "service_attitude", "normal", "張美玲", "94503386", None, "HB-TST-240615-09", "apology"),
html=True, date="2024-06-20 09:40")

M("en", "u", "q", "\"Ma. Cristina Dela Cruz\" <cristina.delacruz@yahoo.com.ph>", "Suggestion po for the smart speaker",
"""Hello po!

Just a suggestion lang po. Sana po magkaroon ng Tagalog/Filipino voice commands ang smart speaker ninyo. My Lola lives with us and she can't really use the English commands, she gets frustrated when it doesn't understand her 😅

Also it would be nice if the smart plug app could schedule the aircon based on the Meralco peak hours, para tipid sa kuryente.

That's all po. Thank you and more power to your team!

Cristina""",
L("suggestion", "feature_request", "low", "Ma. Cristina Dela Cruz", None, None, "", ""))

M("zh-Hant", "b5", "q", "蔡宗翰 <tsunghan.tsai@gmail.com>", "相機快門偶爾卡住，想送修",
"""您好，

我的 LX-9 機身（機身序號 LX9K2307715）最近快門偶爾會卡住，按下去要過一兩秒才動作，連拍的時候比較明顯，大概十次會有一次。已經更新到最新韌體、也換過電池，情況一樣。

這台是去年 8 月在貴公司台北直營店買的，發票號碼 AB-12345678，應該還在保固內。想送修檢查，請問是直接寄到維修中心，還是拿回門市就可以？需要準備什麼資料？

不急，下個月出國才要用，照正常流程就好。

蔡宗翰
0958-771-204""",
L("after_sales", "repair", "normal", "蔡宗翰", "0958771204", None, "", "repair"))

M("en", "a", "b", "Thabo Mokoena <thabo.mokoena@mweb.co.za>", "Re: Thanks for registering your product!",
"""Hi, sorry to reply on this thread but it's the only email I have from you guys.

The spare battery (NP-X2) that came in the kit started swelling in the charger last night. The charger got very hot, there was a bit of smoke and a burning plastic smell. I unplugged everything and put the battery outside on the balcony in a metal tin.

1) Is it safe to keep using the camera with the other battery? I have a shoot on Saturday.
2) What do I do with the swollen one?
3) I'd like a replacement battery and charger please.

Cell: 082 447 6190

Thabo

-----Original Message-----
From: Customer Care <noreply@lumencam.example>
Sent: 12 January 2025 14:03
To: thabo.mokoena@mweb.co.za
Subject: Thanks for registering your product!

Dear Thabo,
Thank you for registering your LumenCam Z5.
Serial number: 4402199
Registration number: RG-2207719
Questions? Call us on 0860 123 456, Mon-Fri 8am-5pm.
Customer Care""",
L("emergency", "safety", "urgent", "Thabo Mokoena", "0824476190", None, "", "explanation exchange"),
date="2025-02-06 07:15")

M("zh-Hant", "u", "b", "Alan Ho <alan.ho@swiftbox.com.hk>", "URGENT: API 503 成朝，落唔到單 / 印唔到 waybill",
"""Hi team,

由今朝大約 9:40 開始，你哋平台嘅 shipment API 一直 return 503 Service Unavailable，我哋 WMS create 唔到 shipment，亦都 print 唔到 waybill。試過用 merchant portal 人手落單，portal 都 login 唔到，一直轉圈。

商戶號：M-HK-00872
最後一個 error 嘅 request id：7f3a9c2e-11b0-4d6a-9e41-0c5b

而家倉庫有 300 幾張單 stuck 住，下午 3 點 courier cut-off 前一定要交貨，唔係今日全部 delay。唔該即刻安排 technical team 跟進，有任何 update 直接打畀我。

技術細節可以搵我哋 IT 同事 Kenny（6011 2234），但係 status 請先通知我。

Alan Ho
Operations Manager, Swiftbox Ltd.
Direct: 5123 8890""",
L("emergency", "system_outage", "urgent", "Alan Ho", "51238890", "M-HK-00872", "", "callback"),
date="2025-05-12 10:25")

M("en", "a", "q", "Chukwuemeka Obi <c.obi@obitrade-ng.com>", "4th reminder - FRT-NG-20250219-044 still not delivered",
"""Dear Sir/Madam,

This is my FOURTH email on this matter and I am yet to receive a single meaningful response.

Client ID: OBT-2291
Booking ref: FRT-NG-20250219-044
Cargo: 2 pallets of motorcycle spare parts, Shenzhen to Lagos (Apapa)
Container no.: TGHU 8812304

When we booked on your platform we were promised door delivery within 10 days. Today is day 26. Your tracking page has shown "In transit" since the 3rd of March with no movement whatsoever. Your account manager Mr. Tunde (0803 555 1212) has stopped picking my calls.

Because of this delay my own customers are cancelling their orders and I am losing money every single day.

I demand, by Monday close of business:
1. A concrete, confirmed delivery date.
2. An explanation of what exactly has happened to this cargo.
3. A written compensation proposal for the losses incurred.

Failing this, our lawyers will take the matter up with your company without further notice.

Chukwuemeka Obi
Managing Director, Obi Trade Ventures Ltd
Mobile: 0802 314 7788""",
L("complaint", "delivery_delay", "urgent", "Chukwuemeka Obi", "08023147788", "OBT-2291", "FRT-NG-20250219-044", "explanation compensation"),
date="2025-03-17 11:05")

M("zh-Hant", "b5", "8", "王淑芬 <shufen.wang58@yahoo.com.tw>", "請問帳單上的一筆費用",
"""您好：

我是用你們門號快二十年的老客戶了，門號 0928-431-706。

這個月的帳單多了一筆「加值服務－影音娛樂包 NT$199」，我印象中沒有申請過，平常也不太會用手機看影片，是不是上次我孫子拿我的手機玩的時候按到的，我也不清楚。

我不是要客訴喔，只是想了解一下這筆是什麼服務、從什麼時候開始收的。如果真的是不小心按到的，要怎麼取消？我眼睛不太好，麻煩寫詳細一點。

謝謝您。

王淑芬 敬上""",
L("inquiry", "billing", "normal", "王淑芬", "0928431706", None, "", "explanation"))

M("en", "a", "7", "Brianna Foster <bri.foster.atl@gmail.com>", "quick question",
"""hi so I just got an email saying my online banking password was changed AND the phone number on my account was updated to one I don't recognize (ends in 7731). I did NOT do this.

now I can't log into the app at all, it says a verification code was sent to that number. my credit card is linked to it and so is my checking, there's like $2,800 in there.

can you lock the account right now?? and please call me, my real number is 404-555-0193. I'm at work but I will pick up.

Brianna Foster""",
L("emergency", "account_security", "urgent", "Brianna Foster", "4045550193", None, "", "callback"))

M("zh-Hant", "b5", "8", "劉冠廷 <kuanting.liu@ms45.hinet.net>", "LX-9 轉接鏡頭問題",
"""請問一下，貴公司的 LX-9 機身可以用轉接環接 Canon EF 鏡頭嗎？自動對焦和防手震會正常運作嗎？

另外 LX 系列有沒有計畫推出 24-70mm F2.8 的原廠鏡？

謝謝。
劉冠廷""",
L("inquiry", "product_info", "low", "劉冠廷", None, None, "", ""))

M("en", "u", "q", "Harriet Lomax <harriet.lomax@gmail.com>", "Stay at Manchester Piccadilly 7-9 March",
"""<div dir="ltr">Hello,<br><br>I stayed at your Manchester Piccadilly hotel from 7th to 9th March (booking ref MPC-7741920) and I&#39;m afraid the room was not up to standard at all.<br><br><ul><li>Black mould along the bathroom ceiling and round the window frame</li><li>The shower never got more than lukewarm, both mornings</li><li>Large stains on the carpet by the bed</li></ul>I asked at reception on the first evening whether I could move rooms and was told the hotel was full. The staff were perfectly pleasant about it, to be fair, but nothing was done.<br><br>I paid &pound;312 for the two nights and honestly wouldn&#39;t have paid half that for what I got. I&#39;d like a partial refund please.<br><br>Kind regards,<br>Harriet Lomax<br></div>""",
L("complaint", "product_quality", "normal", "Harriet Lomax", None, None, "MPC-7741920", "refund"),
html=True, date="2025-03-11 18:22")

M("zh-Hant", "u", "8", "李承恩 <chengen.lee@gmail.com>", "App 完全登不進去，門打不開!!!",
"""現在晚上 11 點，我被鎖在家門外 😭

你們的 App 從 10 點多開始一直顯示「伺服器連線失敗（錯誤代碼 5003）」，重開機、換 Wi-Fi、換 4G 都一樣。我打給住隔壁棟、也用你們電子鎖的朋友，他的 App 也是同樣的錯誤，所以應該不是我手機的問題。

門鎖電池上個月才剛換過，我之前把它設定成只能用 App 開，手上也沒有實體鑰匙。客服電話 0800-668-222 這個時間沒人接。

拜託趕快把伺服器修好，或是告訴我現在有什麼方法可以開門！！

李承恩
0911-207-845""",
L("emergency", "system_outage", "urgent", "李承恩", "0911207845", None, "", "explanation"),
date="2025-07-19 23:05")

M("en", "u", "b", "Rohan Mehta <rohanmehta.blr@gmail.com>", "Charged ₹4,999 after I cancelled the trial",
"""Hi,

I started the 7-day free trial of your Premium plan on 2 Aug and cancelled it on 6 Aug from inside the app. I have the screenshot that says "Your subscription has been cancelled".

Today morning ₹4,999 got debited from my card for the ANNUAL plan. Bank SMS reference: 521849330127.

Either your cancellation button doesn't actually work or you are charging people deliberately. This is exactly why nobody trusts free trials. Very poor.

Please refund the full amount to my card and confirm in writing that there will be no further charges. Registered email is this one.

Rohan Mehta
98451 33720""",
L("complaint", "billing", "normal", "Rohan Mehta", "9845133720", None, "", "refund"),
date="2025-08-09 09:30")

M("en", "a", "7", "Desmond Ong <desmond.ong@ongmotorworks.sg>", "Automatic reply: Your order SG-PO-33918 has shipped",
"""Thank you for your email.

I am on leave from 10 to 18 November with limited access to email. For urgent matters regarding workshop bookings or parts deliveries, please contact my colleague Shirley Tan at 9123 8842 or shirley@ongmotorworks.sg.

I will respond to your email upon my return.

Regards,
Desmond Ong
Ong Motor Works Pte Ltd""",
L("other", None, "low", "Desmond Ong", None, None, "SG-PO-33918", ""),
date="2025-11-11 16:02")

M("zh-Hant", "b5", "b", "鄭美華 <meihua.cheng@gmail.com>", "慢性病的藥到現在還沒到，今晚就沒藥了",
"""你好，

我 5/2 在你們網站上傳了我先生的慢性病連續處方箋，訂了他的降血壓藥，訂單編號 RX2505020417。網站寫 2 到 3 個工作天送達，今天已經第 6 天了，物流狀態還是一直「備貨中」。

這中間我打了兩次客服，兩次都說「會幫您催」，然後就沒有下文。

我先生的藥今天晚上吃完就沒了，明天早上那顆就沒得吃。血壓藥是不能停的！今天下午 6 點前一定要送到，不然我只能帶他去醫院重新掛號拿藥。

真的很不滿意你們的處理方式。請今天中午前回電告訴我到底什麼時候能到。

鄭美華
0935-612-478""",
L("complaint", "delivery_delay", "urgent", "鄭美華", "0935612478", None, "RX2505020417", "callback"),
date="2025-05-08 10:10")

M("zh-Hant", "u", "q", "劉家明 <kaming.lau@netvigator.com>", "Re: 投訴編號 202503-118 跟進",
"""陳小姐你好，

收到，筆錢今朝已經見到返咗落我張卡度，唔使再跟進喇。

多謝你呢兩個星期咁有耐性咁幫我跟，中間我心急講說話大聲咗少少，唔好意思。祝你哋工作順利！

劉家明

> 劉先生您好：
>
> 就閣下投訴編號 202503-118，本行已完成調查，並已將有關爭議交易 HK$2,360
> 退回閣下信用卡（尾數 8812），預計 3 至 5 個工作天內於戶口顯示。
> 如有任何查詢，歡迎致電本行客戶服務熱線 2233 8000。
>
> 客戶服務部
> 陳小姐""",
L("other", "thanks", "low", "劉家明", None, None, "", ""),
date="2025-04-02 09:50")

M("en", "a", "7", "Liam O'Connor <liam.oconnor@iinet.net.au>", "Switching to prepaid - keep my number?",
"""G'day,

Thinking of moving from my postpaid plan to one of your prepaid ones once my contract's up. Couple of questions:

- Can I keep my existing number?
- Do I lose the data I've got banked?
- Is there any fee for switching over?

Cheers,
Liam""",
L("inquiry", "policy", "low", "Liam O'Connor", None, None, "", ""))

M("zh-Hant", "u", "8", "麥詠詩 <wingsze.mak@gmail.com>", "應徵兼職粵語課程導師 – 麥詠詩",
"""敬啟者：

本人於貴公司官方網站得悉貴公司正招聘兼職粵語課程導師（網上授課），特此來函應徵。

本人畢業於香港中文大學語言學系，現為中學中文科教師，另有三年教授非華語人士粵語嘅經驗，熟悉粵拼（Jyutping）教學，亦曾為本地語言中心編寫初級粵語教材。

本人每星期可於晚上及週末授課約十小時。隨函附上個人履歷及教學示範片段連結，如蒙賜予面試機會，不勝感激。

聯絡電話：6022 7185

麥詠詩 謹啟""",
L("other", None, "low", "麥詠詩", "60227185", None, "", ""))

M("en", "a", "7", "Kenji Watanabe <k.watanabe@nifty.ne.jp>", "Question about firmware of Z5 and flash",
"""Dear Sirs,

I am sorry for sudden e-mail.

I am using your Z5 camera (I bought it in Tokyo). I would like to ask two questions.

1. Is the new firmware Ver.2.1 compatible with your flash unit FL-60? In Japanese website it is not written clearly.
2. After update, is it possible to return to the old version (Ver.2.0)?

I am very sorry for my poor English.

Best regards,
Kenji Watanabe""",
L("inquiry", "product_info", "low", "Kenji Watanabe", None, None, "", ""))

M("zh-Hant", "b5", "q", "周品妤 <pinyu.chou@gmail.com>", "請問身障票購買規定",
"""您好，想請問身心障礙優惠票的規定：

1. 陪同者一人是否也可以用優惠價購買？
2. 入場時要出示什麼證明？身心障礙證明正本還是手機翻拍也可以？
3. 如果之後買了臨時不能去，可以轉讓給別人嗎？

目前還沒買，想先了解清楚再決定，謝謝！

周品妤""",
L("inquiry", "policy", "low", "周品妤", None, None, "", ""))

M("en", "a", "8", "Tan Siew Ling <siewling.tan@gmail.com>", "Sofa delivery - 5 weeks and still nothing",
"""Hello,

I bought a 3-seater sofa from your Mid Valley showroom on 3 Jan, order no. SO-MV-250103-112, and paid the full RM3,890 upfront. The salesman promised delivery within 2 weeks.

It's now 5 weeks. I have called the showroom 3 times and every time they say "next week". Nobody calls me to update, I have to chase. I also took leave twice for delivery slots that never happened.

Very disappointed with how this has been handled. Please give me a confirmed delivery date, and I think some compensation for the leave I wasted is only fair.

Siew Ling
016-227 9054""",
L("complaint", "delivery_delay", "normal", "Tan Siew Ling", "0162279054", None, "SO-MV-250103-112", "compensation"),
date="2025-02-10 13:45")

M("zh-Hant", "b5", "8", "黃冠宇 <guanyu.huang@gmail.com>", "給 App 的兩個小建議",
"""你好，

我用你們的 App 學日文快一年了，真的很好用，每天通勤都在刷！有兩個小建議：

1. 繁體中文介面很多用詞看得出來是簡體直接轉過來的，像「視頻」、「質量」、「登錄」，台灣使用者看了會有點怪，希望可以改成「影片」、「品質」、「登入」。
2. 希望未來可以開台語課程，身邊很多年輕人其實很想學，市面上好的 App 很少。

以上，加油！

黃冠宇""",
L("suggestion", "feature_request", "low", "黃冠宇", None, None, "", ""))

M("en", "u", "q", "Tyler Brooks <tbrooks.music@yahoo.com>", "Refund for cancelled show??",
"""<html><body><div>Hi,</div><div><br></div><div>The show at Riverside Amphitheater on Aug 23 (Order #TX-99812446) was cancelled TWO HOURS before doors. We were literally sitting in the parking lot when the email came through.</div><div><br></div><div>That email said refunds &quot;will be processed automatically within 7&ndash;10 business days&quot;. It&#39;s been 16 business days. Nothing on my card, no email, nothing.</div><div><br></div><div>Please process the refund for the full $286.40 &ndash; that includes your service fees and the parking add-on, since none of that was used either.</div><div><br></div><div>Thanks,</div><div>Tyler Brooks</div></body></html>""",
L("after_sales", "refund", "normal", "Tyler Brooks", None, None, "TX-99812446", "refund"),
html=True, date="2025-09-15 20:12")

M("zh-Hant", "u", "8", "Jacky Wong <sales@autolink-supply.hk>", "【特價】原廠級剎車碟 批發價低至3折!! 誠邀車房合作",
"""各位車房老闆、汽車零件商你好！

Autolink 汽車零件供應 專營日本、歐洲車系原廠級零件，貨源穩定，價錢公道：

★ 原廠級剎車碟、來令片 批發價低至 3 折
★ 機油格、冷氣格 大量現貨，即日送貨（港九新界）
★ 合作車房每月結數，首單再減 $500

有興趣歡迎 WhatsApp 查詢報價：5566 1288
如不想再收到此類電郵，請回覆 "UNSUBSCRIBE"。

Jacky Wong
Autolink Supply Co.""",
L("other", None, "low", "Jacky Wong", None, None, "", ""))

M("en", "a", "q", "Pieter van der Merwe <pieter@vdmerwe-attorneys.co.za>", "Fibre down since 07:30 - whole office park",
"""Good morning,

Our fibre line has been down since about 07:30 this morning. It's not only us: the whole office park in Centurion is off, the other businesses here on your network as well, and your own status page says "Investigating - Gauteng North".

Our card machines and VoIP phones run on this line, so at the moment we can't take payments or answer client calls. We've restarted the ONT and router, all lights normal except the PON light which is red.

Account number: FBR-0048812

Please give me an ETA for restoration. Call me on my cell, 083 661 2045, the office lines are obviously dead.

Regards,
Pieter van der Merwe
Office Manager""",
L("emergency", "system_outage", "urgent", "Pieter van der Merwe", "0836612045", "FBR-0048812", "", "explanation callback"),
date="2025-06-03 08:40")

M("zh-Hant", "b5", "b", "楊文傑 <wenchieh.yang@hsinfu-trading.com.tw>", "租用的手持掃描器大量故障，倉庫出貨停擺",
"""您好，

我們是新福貿易（客戶編號 B2B-TW-0331），向貴平台租用 8 台 HS-800 手持 PDA 掃描器，用在桃園倉揀貨出貨。

今天早上開始，其中 6 台開機後一直卡在開機畫面，重開、拔電池都沒用（序號 HS8A0012 到 HS8A0017）；剩下 2 台可以開機，但掃條碼完全沒反應。

先說明：貴平台的系統和網頁都正常，我們用電腦登入後台、建單、印標籤都沒問題，是掃描器機器本身壞了。但是沒有掃描器就沒辦法揀貨，倉庫現在整個停擺，今天還有 120 張單要在下午 4 點前出貨。

麻煩盡快派技術人員到場維修，或是先送備用機過來。

楊文傑
倉儲課 課長
倉庫電話 (03)355-2817 分機 205""",
L("after_sales", "repair", "urgent", "楊文傑", "033552817", "B2B-TW-0331", "", "repair"),
date="2025-10-14 09:15")

M("en", "a", "q", "Sophie Nguyen <sophie.nguyen@rogers.com>", "Partial refund for cancelled item",
"""Hello,

Part of my order #CA-RX-2093317 was cancelled on your end because the allergy nasal spray was out of stock (I got the email on May 2). The rest of the order arrived fine, thank you.

However I was charged for the full order ($74.85) and the $21.99 for the nasal spray has never gone back on my card.

Could you please refund that amount?

Thanks,
Sophie
416-555-0172""",
L("after_sales", "refund", "normal", "Sophie Nguyen", "4165550172", None, "CA-RX-2093317", "refund"),
date="2025-05-21 14:35")

M("en", "a", "7", "Adebayo Williams <adebayo.w@growthhive-digital.com>", "Boost your bank's online visibility by 300%",
"""Dear Sir/Madam,

I came across your website while researching "best credit cards in Nigeria" and noticed that your card products are not ranking on page 1 of Google for any of the top 20 search terms in your category.

At GrowthHive Digital we have helped over 50 financial institutions across West Africa increase their organic traffic by up to 300% within 6 months through:

- Technical SEO audits
- Content marketing and link building
- Paid search and social campaigns

I would love to schedule a free 30-minute consultation with your marketing team to show you exactly what we can do. Kindly let me know a convenient time.

Best regards,
Adebayo Williams
Business Development Lead
GrowthHive Digital | Lagos - Accra - Nairobi""",
L("other", None, "low", "Adebayo Williams", None, None, "", ""))

M("en", "u", "b", "\"Dr. Stefan Hartmann\" <s.hartmann@kraemer-maschinenbau.de>", "Status request PO 4500238817 / shipment to Ningbo",
"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="DE"><div class="WordSection1">
<p class="MsoNormal"><span lang="EN-US">Dear Ms. Lee,</span></p>
<p class="MsoNormal"><span lang="EN-US">&nbsp;</span></p>
<p class="MsoNormal"><span lang="EN-US">could you please give us a status update on our purchase order PO 4500238817 (your order reference LG-EU-778123), 4 crates of spare parts from Hamburg to Ningbo?</span></p>
<p class="MsoNormal"><span lang="EN-US">The tracking no. 1Z88A0W20398127716 shown in your portal has not been updated since 14.05. Our customer in Ningbo expects the goods by the end of the month. There is no urgency at the moment, but we need to plan the installation team accordingly.</span></p>
<p class="MsoNormal"><span lang="EN-US">Our customer no. with you is K-10047.</span></p>
<p class="MsoNormal"><span lang="EN-US">&nbsp;</span></p>
<p class="MsoNormal"><span lang="EN-US">With kind regards</span></p>
<p class="MsoNormal"><span lang="EN-US">Dr. Stefan Hartmann<br>Head of Supply Chain<br>Kr&auml;mer Maschinenbau GmbH<br>Tel. 06221 548230-14</span></p>
</div></body></html>""",
L("inquiry", "order_status", "normal", "Dr. Stefan Hartmann", "06221548230", "K-10047", "4500238817 LG-EU-778123", ""),
html=True, date="2025-05-20 10:05")

M("en", "a", "8", "Yuki Sato <yuki.sato.0815@gmail.com>", "Some suggestion about my stay",
"""Dear Hotel Manager,

Thank you for nice stay at your Singapore Orchard hotel last week. Staff were very kind, especially the concierge.

I have some suggestion from Japanese guest's point of view.

1. In breakfast buffet there was no Japanese style menu, for example miso soup or rice porridge. It will be very nice if you can prepare.
2. Signs in the elevator hall were a little difficult to understand which side is which tower.
3. If some rooms have bathtub, many Japanese guests will be happy.

I hope this will be helpful.

Sincerely,
Yuki Sato""",
L("suggestion", "feedback", "low", "Yuki Sato", None, None, "", ""))

M("en", "u", "8", "Fiona MacLeod <fiona.macleod@outlook.com>", "AF fault AGAIN - second time",
"""Hi,

Right, so the 35mm f/1.8 lens I sent in for autofocus hunting in January (your repair ref RMA-UK-20931) came back "repaired – AF module replaced", and three weeks later it's doing exactly the same thing. Hunting back and forth, won't lock at all in low light.

I shoot weddings, so I can't have a lens I don't trust. Not impressed, I'll be honest. But I'd like it fixed properly this time – or replaced if it can't be. Please send me a prepaid returns label.

Original order: 7734-2210-UK
Mobile: 07845 123 906

Fiona MacLeod""",
L("after_sales", "repair", "normal", "Fiona MacLeod", "07845123906", None, "7734-2210-UK", "repair exchange"))

M("en", "a", "7", "Jake Thompson <jake.thompson83@shaw.ca>", "Will my order arrive today? need it before 2pm",
"""Hey,

Ordered a serpentine belt + tensioner for my 2014 F-150, order #CP-558120-CA, and paid extra for next-day delivery.

Tracking (PUR 3321 0094 8812) says "out for delivery" but there's no time window. Problem is my mechanic closes at 5 today and he's squeezing me in this afternoon to put it on, and we're driving to Banff at 6am tomorrow with the kids.

Can you find out if it'll get here before ~2pm? If not I need to cancel and grab one locally. Call or text me at 403-555-0129.

Thanks,
Jake Thompson""",
L("inquiry", "order_status", "urgent", "Jake Thompson", "4035550129", None, "CP-558120-CA", "callback"),
date="2025-07-31 09:20")

M("en", "u", "q", "Jose Miguel Reyes <jm.reyes@gmail.com>", "Re: Your stay in Cebu – we'd love your feedback!",
"""Hi!

Not really feedback on the survey, I just wanted to say THANK YOU to your staff at the Cebu branch, especially Ate Joy at the front desk and the housekeeping team.

My wife left her wedding ring in the room when we checked out (booking ref CEB-240611-0087). We only noticed at the airport. Your team had already found it, called us, and sent it by courier to Manila. We received it yesterday, safe and sound 🙏

We will definitely be back. Salamat po!

Jose Miguel

-----Original Message-----
From: Guest Relations
Subject: Your stay in Cebu – we'd love your feedback!

Dear Mr. Reyes,
Thank you for staying with us. Please take 2 minutes to rate your experience.
For any concerns, call our Guest Relations team at (032) 888 1234.""",
L("other", "thanks", "low", "Jose Miguel Reyes", None, None, "CEB-240611-0087", ""))

M("en", "a", "8", "Lakshmi Narayanan <lakshmi.n1962@gmail.com>", "Request for refill reminder facility",
"""Respected Sir/Madam,

I am a regular customer of your online pharmacy for my husband's diabetes and BP medicines since 2 years. Service is good and delivery is on time, no complaints.

Kindly consider adding a monthly refill reminder and auto re-order option in the app, as many times we are forgetting to re-order and the medicines get over. Also the font size in the app is very small for senior citizens like us, please increase.

Hoping you will do the needful.

Thanking you,
Lakshmi Narayanan""",
L("suggestion", "feature_request", "low", "Lakshmi Narayanan", None, None, "", ""))

M("zh-Hant", "b5", "q", "謝明哲 <mingche.hsieh@gmail.com>", "內湖店逛完的一點想法",
"""<div>你好，</div>
<div><br></div>
<div>上週末帶家人去你們內湖店看沙發和餐桌，整體逛起來很舒服，店員也很客氣。有幾點小建議給你們參考：</div>
<ol>
<li>展示區的沙發大多沒有標示尺寸，要一直找店員拿捲尺量，可以直接貼在價格牌上會方便很多。</li>
<li>地下停車場入口的指標不太清楚，我們繞了兩圈才找到。</li>
<li>希望官網可以查詢各門市的現貨和展示品，跑一趟才發現沒展示有點可惜。</li>
</ol>
<div>不是抱怨喔，只是覺得可以更好。謝謝！</div>
<div><br></div>
<div>謝明哲</div>""",
L("suggestion", "feedback", "low", "謝明哲", None, None, "", ""),
html=True)
