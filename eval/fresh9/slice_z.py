# fresh9 slice z: Traditional Chinese (TW/HK) + English, written by hand.

# ---------------------------------------------------------------- inquiry (9)

M("zh-Hant", "b5", "b", "林雅婷 <yating.lin0723@gmail.com>", "請問清淨機濾網多久要換一次？",
"""您好，

家裡上個月買了你們的 AP-360 空氣清淨機（在家樂福買的），目前用起來還不錯。想請問幾個問題：

1. HEPA濾網跟活性碳濾網各建議多久換一次？說明書寫「約6-12個月」，範圍有點大，我們家住在台中市區靠近大馬路，家裡還有養兩隻貓，這樣是不是要算6個月？
2. 機器上的濾網提醒燈是用時間算的，還是有偵測髒污程度？
3. 副廠濾網便宜很多，用副廠的會不會影響保固？

不急，有空再回覆就好，謝謝。

林雅婷""",
L("inquiry", "product_info", "low", "林雅婷", None, None, "", ""),
date="2025-02-17 21:40")

M("en", "a", "7", "Park Ji-hoon <jihoon.park.seoul@naver.com>", "how I can change the lesson time",
"""Hello,

I am using your english speaking class for my son (he is 9 years old). We have lesson every tuesday and thursday 7pm but from next month he start taekwondo academy so the tuesday time is not possible anymore.

How I can change the fixed schedule in the app? I find only "cancel this lesson" button, not change all lessons. I don't want to cancel and lose the credit.

Also when we change the time can we keep same teacher (Ms. Hannah)? My son like her very much.

Thank you for your help.
Park Ji-hoon""",
L("inquiry", "how_to", "low", "Park Ji-hoon", None, None, "", ""),
date="2024-10-23 22:05")

M("zh-Hant", "u", "q", "Kelly Ho <kellyho.hk@yahoo.com.hk>", "查詢蛋糕訂單",
"""你好，

我上星期四喺網上訂咗個芒果拿破崙蛋糕（8吋），訂單編號 CK-240815-0923，揀咗 8月24號（星期六）送去沙田。但係到而家都未收到確認SMS，網頁個status仲係寫住「處理中」，想問下係咪已經confirm咗？

另外想問下送貨時段可唔可以指定下晝2點至4點，因為嗰日屋企朝早冇人。

唔該晒！
Kelly
9456 2107""",
L("inquiry", "order_status", "normal", "Kelly Ho", "94562107", None, "CK-240815-0923", ""),
date="2024-08-19 11:24")

M("en", "a", "7", "Dana Whitfield <dana.whitfield@outlook.com>", "Question about typhoon / flight cancellation coverage",
"""Hi there,

I'm looking at buying your "Asia Explorer" travel plan for a two-week trip to Taiwan and Okinawa in September with my husband. Before I buy, I'd like to understand a couple of things, because September is typhoon season and I've heard some horror stories.

- If our flight is cancelled because of a typhoon and we have to stay two extra nights, does the plan cover the hotel? Is there a per-night cap?
- If a typhoon warning is already issued BEFORE we buy the policy, is it still covered? (I assume not, but want to check.)
- Does "trip interruption" cover missing a pre-paid tour, like a boat tour we booked separately?

We're both in our 60s if that matters for the premium. Happy to get a call if that's easier - (503) 555-0147, after 9am Pacific please.

Thanks,
Dana""",
L("inquiry", "policy", "low", "Dana Whitfield", "5035550147", None, "", "callback"),
date="2025-06-02 23:18")

M("zh-Hant", "u", "8", "陳建宏 <chen.jh@hongyu-stationery.com.tw>", "關於信用卡扣款金額的疑問",
"""客服您好：

我們是宏裕文具行，使用貴公司的「店小帳」雲端記帳軟體已經兩年多，商戶號 SP-TW-208815。

這個月信用卡帳單上看到一筆 NT$2,388 的扣款，描述是「XZ SOFTWARE*RENEW」。印象中我們的方案去年是 NT$1,990/年，想確認一下：
（一）是不是今年調漲了價格？之前好像沒有收到通知信，也可能是被歸到垃圾郵件了。
（二）這筆金額有包含電子發票加值模組嗎？

如果是正常的續約費用就沒問題，只是會計要對帳，麻煩提供一下明細或收據。

宏裕文具行
陳建宏
(04)2225-6730 分機 12
統一編號：53918274""",
L("inquiry", "billing", "normal", "陳建宏", "0422256730", "SP-TW-208815", "", "explanation"),
date="2025-03-06 10:12")

M("en", "u", "b", "Nguyen Thi Thu Trang <thutrang.nguyen92@gmail.com>", "Toaster 4 slice - bagel function?",
"""Dear shop,

I want ask about the toaster model BT-400 (4 slice, silver color). On the website it say "6 browning level" but not say about bagel or defrost. My husband eat bagel every morning so this is important for us.

And the voltage is 220V or 110V? We live in Hong Kong now but maybe next year move back to Da Nang, Vietnam also 220V so i hope can use both place.

Last question, the slot width is how many cm? Thick toast from bakery can fit?

Thank you so much and have a nice day!
Trang""",
L("inquiry", "product_info", "low", "Nguyen Thi Thu Trang", None, None, "", ""),
date="2024-12-09 14:51")

M("zh-Hant", "b5", "b", "王思涵 <sihan.wang@lumen-design.com.tw>", "【詢問】辦公家具大量採購及配送組裝相關規定",
"""敬啟者：

本公司（光曜設計顧問有限公司）預計於今年十月遷移辦公室至台北市中山區南京東路二段，新辦公室位於舊式大樓五樓，無電梯。目前評估採購貴公司「NORD」系列辦公桌約 18 張、書櫃 6 座及會議桌 1 張，在正式詢價前，有以下幾點想先請教：

一、大量採購（20 件以上）是否有企業方案或折扣？是否可開立三聯式發票？
二、貴公司網站註明「無電梯搬運樓層費另計」，請問五樓的計費方式為何？以件數或以樓層計算？
三、組裝服務是否含在運費內？若需於週末或晚間施工（避免影響樓下商家營業），是否需額外加價？
四、舊家具是否提供回收服務？

以上煩請　撥冗回覆，如需現場丈量亦可另約時間。

順頌　商祺

光曜設計顧問有限公司　行政部
王思涵 經理
電話：+886 (0)2 2771 3508 #205
傳真：02-2771-3509""",
L("inquiry", "policy", "low", "王思涵", "0227713508", None, "", ""),
date="2025-08-12 09:30")

M("en", "l1", "q", "Siobhán Ní Bhriain <siobhan.nibhriain@eircom.net>", "Sofa delivery - any update?",
"""Hello,

Just wondering if there's any news on my sofa? Order no. 40078815, the 3-seater in "moss" velvet. The confirmation said delivery "week of 14th October" and it's now Thursday the 17th. No bother if it's delayed a few days, I just want to know whether to stay home tomorrow as I'd have to swap a shift at work.

The tracking link you sent (DPD 15501234567890) just says "parcel data received" and hasn't changed since the 9th.

Could someone let me know either way? Grand, thanks a million.

Siobhán
087 614 2290""",
L("inquiry", "logistics", "normal", "Siobhán Ní Bhriain", "0876142290", None, "40078815", ""),
date="2024-10-17 19:02")

M("en", "u", "8", "Greg Sandoval <gsandoval.properties@gmail.com>", "resetting router between tenants",
"""<html><body>
<div>Hi,</div><div><br></div>
<div>I own a few rental units and use your AX1800 routers in all of them (bought them on Amazon, maybe 5 or 6 over the last couple years). When a tenant moves out I want to wipe everything &ndash; their wifi name, password, any devices they set up in the app &ndash; so the next tenant starts fresh.</div><div><br></div>
<div>Is holding the reset button for 10 seconds enough, or does the router stay linked to the old tenant&#39;s account in your cloud app? Last time I did the reset and the new tenant said the app told her the router was &quot;already bound to another user&quot;.</div><div><br></div>
<div>What&#39;s the right way to do this? Step by step would be great, I&#39;m not very techy.</div><div><br></div>
<div>Thanks<br>Greg Sandoval<br>Sandoval Rentals LLC</div>
</body></html>""",
L("inquiry", "how_to", "low", "Greg Sandoval", None, None, "", ""),
html=True, date="2025-01-28 16:44")

# ---------------------------------------------------------------- complaint (10)

M("zh-Hant", "u", "8", "黃志明 <wongsir.tk@gmail.com>", "周年紀念花束 完全唔係相入面嘅樣",
"""你哋好，

我喺9月10號喺你哋網站訂咗一束「Forever Red」33枝紅玫瑰，訂單號碼 FL2409-33817，$1,280，叫你哋11號送去我太太公司，做結婚十周年禮物。

結果花送到嘅時候，成束玫瑰起碼有三分之一啲花瓣已經黑晒邊、垂晒頭，包裝紙仲濕咗一大片，同網站張相根本係兩回事。我太太同事仲問佢係咪買咗特價花。我太太冇講乜，但我真係好冇面。

$1,280 唔係細數目，我覺得你哋要俾個解釋，同埋退返錢俾我。張相我影咗，可以send俾你哋。

黃志明
電話：+852 9087 3321""",
L("complaint", "product_quality", "normal", "黃志明", "90873321", None, "FL2409-33817", "refund explanation"),
date="2024-09-12 08:55")

M("en", "a", "7", "Thandiwe Mokoena <thandi.mokoena@webmail.co.za>", "Re: Your ticket has been closed",
"""Hi

I'm replying to this "ticket closed" email because honestly, nobody asked me if my problem was solved.

Quick recap for whoever reads this: my daughter Lerato is on the Grade 10 maths package (customer ID TM-ZA-00417). Her tutor didn't pitch on the 3rd AND on the 10th. Both times Lerato sat in front of the laptop for 40 minutes waiting. When I phoned, the lady on your support line said "tutors are independent contractors, we can't control them" and then basically told me to book someone else. That's not an answer. Then I get this email saying the case is resolved?!

I'm not asking for the world. I want the two lessons refunded to her balance (they were deducted both times), and frankly an apology for the way I was spoken to. It was very dismissive.

Thandiwe Mokoena
082 555 0193

> Dear Customer,
> Your support ticket #CS-88102 has been marked as resolved. If you have
> further questions please call our hotline 0800 212 334.
> Kind regards,
> TutorMe Support""",
L("complaint", "service_attitude", "normal", "Thandiwe Mokoena", "0825550193", "TM-ZA-00417", "", "refund apology"),
date="2025-02-13 20:37")

M("zh-Hant", "b5", "b", "張美玲 <meiling.chang@hotmail.com>", "第四次詢問！床架到底什麼時候送？",
"""客服你們好，

這已經是我第四次來信了，電話也打了不下五次，每次都說「會幫您催促」，然後就沒有然後了。

我9月14日在你們官網訂了雙人床架加床墊，訂單編號 2024091400562，付款時寫的是「10-14個工作天內到貨」。今天已經10月21日，超過一個月了。我舊的床已經在10月初請人清掉了（因為你們之前電話裡說「下週一定到」），現在我跟先生已經打地鋪快三個禮拜，先生的腰都受不了。

上次客服給我一個案件編號 202410-0337，說主管會在48小時內回電，結果也沒有。

我要求：
1. 明天之前給我一個確定的送貨日期，不要再說「再等等」；
2. 說明到底延誤的原因；
3. 這段時間的損失要有補償。

如果這週還是沒有下文，我會直接向消保官申訴，也會把整個過程寄給消基會。

張美玲
0932-118-604""",
L("complaint", "delivery_delay", "urgent", "張美玲", "0932118604", None, "2024091400562", "explanation compensation"),
date="2024-10-21 13:26")

M("en", "u", "q", "Marcus Bell <mbell@bellproperty.net>", "Wrong heaters delivered - order #B-2291475",
"""Hello,

I ordered six (6) of the OR-15 oil-filled radiators for my duplexes ahead of winter. Order #B-2291475. What showed up yesterday was six boxes of the CF-200 ceramic fan heaters. Different product, different price point ($89 vs $139 - so I paid for the more expensive one).

I specifically chose the oil-filled ones because tenants leave them on overnight and I don't want fan heaters with exposed elements in units with small kids. I'm not putting these in.

Please arrange to swap them for what I actually ordered. I'd rather not pay return shipping on six boxes for your warehouse's mistake. Boxes are unopened and stacked in my garage.

Marcus Bell
Bell Property Management
(614) 555-0182""",
L("complaint", "wrong_item", "normal", "Marcus Bell", "6145550182", None, "B-2291475", "exchange"),
date="2024-11-05 08:12")

M("zh-Hant", "u", "b", "張慧雯 <wmcheung1988@gmail.com>", "查詢",
"""喂你哋好

我今朝10點收到你哋送嚟個蛋糕，訂單 #HK88231，我訂嘅係「無糖」朱古力蛋糕（因為我爸爸有糖尿），但係盒入面係普通黑森林，仲要上面朱古力牌寫住「Happy Birthday 陳伯」——我老豆姓張唔係姓陳！！

今晚7點喺酒樓幫佢做80大壽，成圍親戚都嚟，而家叫我點算？

我而家只要求：今晚6點前送一個啱嘅無糖蛋糕去旺角彌敦道嘅金殿酒樓，牌寫「張伯 80歲生日快樂」。個錯嘅你哋嚟攞返或者當送俾我都得。

打俾我：6632 0418（張小姐）

張慧雯""",
L("complaint", "wrong_item", "urgent", "張慧雯", "66320418", None, "HK88231", "exchange"),
date="2025-04-26 10:41")

M("en", "u", "8", "Somchai Rattanakul <somchai.r@hotmail.co.th>", "router very bad quality",
"""Hello Sir/Madam

I buy your router WR-AC12 at Central department store 2 month ago. From first week, every night around 8-11pm the internet is disconnect, maybe 5-6 times. The light become orange and I must unplug and plug again. My ISP (3BB) is come to check already and they say the line is OK, the problem is your router.

I already do everything from your FAQ, update firmware, change channel, reset factory. Still same. My daughter study online at night and she is very angry with me lol. but really not funny.

I am very disappoint, this is not cheap router. I want to know why this happen and if cannot fix I want my money back.

Somchai Rattanakul
089-447-2310""",
L("complaint", "product_quality", "normal", "Somchai Rattanakul", "0894472310", None, "", "explanation refund"),
date="2025-05-14 22:47")

M("zh-Hant", "u", "q", "吳淑芬 <afen.breakfast@yahoo.com.tw>", "Re: 回覆：重複扣款問題",
"""你們到底要拖多久？？

同一筆年費 NT$3,600 在 11/2 扣了兩次，我 11/4 就寫信、11/8 又打電話，你們說「7-14 個工作天退款」，今天都 11/28 了，錢在哪裡？小店一個月賺沒多少，三千六對我來說不是小錢。

每次打電話都要等 20 分鐘，接起來又說要「轉財務部」，財務部永遠不會回電。

最後一次說清楚：這週五（11/29）之前沒看到退款，我就去消保官申訴，也會把對話紀錄貼到爆料公社，讓大家看看你們怎麼對待小商家的。

早安晨食　負責人
吳淑芬
商戶編號：MCH-0051920
手機 0921 557 083

-----原始郵件-----
寄件者: 帳務客服 <billing@xiaozhang.com.tw>
傳送時間: 2024年11月5日 上午 10:12
收件者: afen.breakfast@yahoo.com.tw
主旨: 回覆：重複扣款問題

吳小姐您好，

已收到您的反映，我們將於 7-14 個工作天內完成退款作業，案件編號 202411-0452。如有疑問請撥打客服專線 0800-226-778 分機 3。

帳務客服 林專員 敬上""",
L("complaint", "billing", "urgent", "吳淑芬", "0921557083", "MCH-0051920", "", "refund"),
date="2024-11-28 06:15")

M("en", "u", "8", "Kim Soo-yeon <sooyeon.kim@gmail.com>", "Very bad experience with your phone staff",
"""Dear Manager,

I am writing about the phone call I had with your claims team on 12 March around 3:40pm (Hong Kong time).

My luggage was lost during my trip to Osaka and I called to ask what documents I need for claim. The staff (male, I did not catch his name) was very impatient. When I asked him to speak more slowly because English is not my first language, he sighed and said "I already explained it, madam" and then he hanged up the phone while I was still talking. I was so shocked.

I bought your insurance for 3 years because my friend recommend it. I never expected to be treated like this.

I would like someone (politely, please) to call me back and go through the claim documents with me, and I think I deserve an apology.

Kim Soo-yeon
+852 5180 2276""",
L("complaint", "service_attitude", "normal", "Kim Soo-yeon", "51802276", None, "", "callback apology"),
date="2025-03-13 09:20")

M("zh-Hant", "b5", "8", "區詠詩 <winsy.au@netvigator.com>", "關於多士爐品質問題（第二部）",
"""敬啟者：

本人於本年五月在貴公司網店購買「BT-200 雙片多士爐」一部（訂單編號：WEB-HK-0518-2207）。使用約三星期後，發現左邊烘格不熱，多士一面焦黑、一面仍是白色。經貴公司安排，已於六月中更換新機一部。

惟更換後之新機使用不足兩星期，又出現完全相同的情況，且今次右邊發熱線更見明顯斷開。同一型號連續兩部出現相同問題，本人實難相信此屬個別事件，懷疑該批次產品存在設計或品質問題。

本人不欲再次更換同款產品，現要求：
一、貴公司就此型號之品質問題作出書面解釋；
二、全數退回貨款港幣 $399。

隨函附上兩部機之相片及單據副本，請於收到後回覆。

此致
貴公司客戶服務部

區詠詩 謹啟
聯絡電話：2598 7713
二零二四年七月二日

> 區小姐您好，
> 感謝您的來信。我們已為您安排換機，新機將於三個工作天內送達。
> 如有任何維修或保養查詢，請致電客戶服務熱線 3188 2000。
> 維修部 Jason""",
L("complaint", "product_quality", "normal", "區詠詩", "25987713", None, "WEB-HK-0518-2207", "explanation refund"),
date="2024-07-02 15:03")

M("en", "l1", "8", "Declan O'Sullivan <declan.osullivan@gmail.com>", "Delivery crew on Saturday - not good enough",
"""To whom it concerns,

Your two lads delivered our wardrobe (order WD-3318-0925) on Saturday. We'd paid the extra 49 euro for "room of choice" delivery, which your website says means they carry it to the room. They took one look at the stairs, said "not a chance, that's not our job", left the three boxes in the hall and were gone in under five minutes. When I showed them the booking on my phone, the taller fella told me to "take it up with the office" and laughed.

My wife is seven months pregnant and I've a bad back, so the boxes are still sitting in the hall blocking the buggy.

I'd like the 49 euro refunded, an apology, and frankly someone to come back and bring the boxes up as paid for.

Declan O'Sullivan
Cork
021 455 7890 (home)""",
L("complaint", "service_attitude", "normal", "Declan O'Sullivan", "0214557890", None, "WD-3318-0925", "refund apology"),
date="2025-09-29 12:30")

# ---------------------------------------------------------------- after_sales (10)

M("zh-Hant", "u", "q", "蔡明哲 <mjtsai1979@gmail.com>", "清淨機異音 送修申請",
"""您好：

我在今年三月於官網購買的 AP-500 空氣清淨機（訂單號 TW-O-20250311-0087），最近一週開到中速以上就會發出「喀啦喀啦」的聲音，像是有東西卡到風扇，低速則正常。已經把濾網拆下來重新裝過，也檢查過沒有異物，聲音還是在。

機器還在一年保固內，想申請送修。請問是要自己寄回，還是你們會派物流來收？需要附上發票嗎（電子發票我有存在載具裡）？

會員編號：VIP0038812
聯絡電話：0955-270-316（白天上班不方便接，可以先傳簡訊）
地址：新北市板橋區文化路一段（收件時再提供完整地址）

蔡明哲""",
L("after_sales", "repair", "normal", "蔡明哲", "0955270316", "VIP0038812", "TW-O-20250311-0087", "repair"),
date="2025-07-08 12:47")

M("en", "u", "8", "Tran Minh Duc <ducminh.tran@yahoo.com>", "Return electric kettle",
"""Hi,

I bought the glass electric kettle 1.7L for my mother 4 days ago (order 2025-KT-11873). The kettle is working OK, no problem, but the lid button is very hard to push and my mother have arthritis in her hand so she cannot open it. Also it is quite loud for her.

Your website say 14 days return if not satisfy. I want to return it and get refund please. I still have box and everything, used only 3 times.

Please tell me how to send back. Do I need print some label?

Thanks
Duc""",
L("after_sales", "return", "normal", "Tran Minh Duc", None, None, "2025-KT-11873", "return refund"),
date="2025-01-09 18:20")

M("zh-Hant", "u", "8", "麥太 <mak.family.hk@gmail.com>", "暖爐外殼凹咗 想換過部",
"""你好，

琴日收到嘅暖爐（訂單號碼：HT-78205），開箱見到側邊凹咗一笪，應該係運送途中撞親。部機開到，有暖風出，暫時冇咩問題，不過咁嘅樣我唔想用落去，始終都係新機。

想問可唔可以幫我換過一部新嘅？我可以保留個箱，你哋嚟收返就得。我平日下晝通常喺屋企。

麥太
電話 ９２１３ ６６５０""",
L("after_sales", "exchange", "normal", "麥太", "92136650", None, "HT-78205", "exchange"),
date="2024-12-03 15:36")

M("en", "a", "7", "Jenna Liu <jenna.liu.sf@gmail.com>", "Re: Your order has shipped!",
"""Hi,

Got the delivery today, thanks. Now I need to book the assembly service I paid for (it shows as "Assembly - Bed Frame + 2 Nightstands" on my receipt, order number 1187-4420-03). Your email said I'd get a link to schedule it but I never got one.

Any weekday after 4pm works, or Saturday morning. I'm on the 3rd floor, there's an elevator.

Jenna Liu
415-555-0163

On Tue, Apr 8, 2025 at 9:02 AM HomeNest Orders <orders@homenest-example.com> wrote:
> Good news! Your order 1187-4420-03 has shipped.
> Tracking: 1Z999AA10123456784 (UPS)
> Questions? Call us at (888) 555-0100.""",
L("after_sales", "installation", "normal", "Jenna Liu", "4155550163", None, "1187-4420-03", ""),
date="2025-04-10 19:12")

M("zh-Hant", "b5", "b", "黃淑惠 <shuhui.huang@gmail.com>", "申請退還剩餘課堂費用",
"""您好：

我女兒（黃品妍）自去年十二月起在貴平台上國中數學家教課，當時購買的是 48 堂方案（NT$24,000），目前已上 20 堂，剩餘 28 堂。

因為孩子下學期轉到實驗中學，學校課後輔導時間很長，已經沒有時間上線上課了，所以想申請退還剩餘堂數的費用。

依照購買時的條款，「未使用堂數可按比例退費，扣除 10% 手續費」，想確認退費金額，以及需要提供哪些資料（存摺影本？）。

會員編號：EDU-TW-220981（家長帳號）
聯絡手機：0918-662-405

謝謝
黃淑惠 敬上""",
L("after_sales", "refund", "normal", "黃淑惠", "0918662405", "EDU-TW-220981", "", "refund"),
date="2025-06-20 20:02")

M("en", "u", "q", "Pieter van der Merwe <pvdmerwe@telkomsa.net>", "Warranty claim - router dead",
"""Good day,

My MX-3000 mesh router (main unit) died on Sunday evening. No lights at all, tried two different power adapters and different plugs. Load shedding was on that afternoon so maybe a surge when power came back, but it's plugged into a surge protector.

Bought it on Takealot 11 months ago (order 112470933), so it's still within the 12 month warranty. Serial on the bottom: MX3K-2231-98A1.

Please advise how to claim. I'd prefer a replacement unit rather than a repair, as we both work from home and can't be without internet for weeks. The two satellite units still work.

Regards
Pieter van der Merwe
Pretoria
072 318 4410""",
L("after_sales", "warranty", "normal", "Pieter van der Merwe", "0723184410", None, "112470933", "exchange"),
date="2024-08-27 07:55")

M("zh-Hant", "u", "8", "阿Ben <ben.cafe.tst@gmail.com>", "急！！多士爐壞咗 成間舖做唔到早餐",
"""你好！

我係尖沙咀「晨光茶餐廳」，客戶編號 HKC-20771。今朝7點開舖，你哋嘅 CT-1800 輸送帶多士爐著咗燈，但條輸送帶唔郁，多士放入去就卡住喺入面出唔返嚟。我已經熄咗掣拔咗插頭，再開過都係一樣。

而家成個早市啲套餐（多士、奶油豬仔包）都出唔到，門口排晒隊，我哋靠爐頭烘都唔夠。

上次嚟整嘅師傅阿強留咗個電話 6170 2285 但打唔通。麻煩即刻派人嚟整，今日之內一定要搞掂，唔係聽朝都冇得做。

陳家豪（Ben）
手提：9776 4402""",
L("after_sales", "repair", "urgent", "陳家豪", "97764402", "HKC-20771", "", "repair"),
date="2025-11-18 07:42")

M("en", "u", "8", "Pimchanok Srisuk <pimchanok.ss@gmail.com>", "Request refund for travel insurance (trip cancel)",
"""<html><body>
<p>Dear Customer Service,</p>
<p>I bought travel insurance from your website on 11 June for my trip to Japan (order no. <b>TRV-TH-240611-07</b>, premium 1,450 THB). Unfortunately my trip is cancel now because my mother is sick and I must stay in Bangkok to take care her. The trip was supposed to start on 2 July, so the policy is not start yet.</p>
<p>Can I get refund for the premium? I read in your term it say &quot;free look period 14 days&quot; but I am not sure it include this case. I am not angry, just want to know and get the money back if possible &#128522;</p>
<p>Thank you ka,<br>Pimchanok Srisuk<br>Tel. 086-551-9037</p>
</body></html>""",
L("after_sales", "refund", "normal", "Pimchanok Srisuk", "0865519037", None, "TRV-TH-240611-07", "refund"),
html=True, date="2024-06-24 11:09")

M("zh-Hant", "u", "b", "郭俊宏 <junhong.kuo@gmail.com>", "RE: 【預約確認】到府安裝服務",
"""您好，

收到你們的預約確認信，但時間有問題：信上寫 5/17（六）上午 9:00-12:00，我那天早上要去喝喜酒，可以改到 5/18（日）下午，或 5/20（二）晚上 7 點以後嗎？

另外確認一下，安裝費用是含在購買的「Mesh 三入組 + 到府安裝」方案裡（訂單 MS-250503-1142），現場不用另外付錢對吧？家裡是三層樓透天，師傅應該需要幫忙拉一條網路線到三樓。

郭俊宏
0987-403-221

-----Original Message-----
From: 網通到府服務 <install@netpro-example.com.tw>
Sent: Tuesday, May 13, 2025 4:15 PM
To: junhong.kuo@gmail.com
Subject: 【預約確認】到府安裝服務

郭先生您好，
您的到府安裝已預約於 2025/05/17（六）09:00-12:00，技術人員周師傅（0912-345-888）將於當天出發前與您聯繫。
如需改期，請於兩天前來電 0800-051-051。
服務單號：202505-2093""",
L("after_sales", "installation", "normal", "郭俊宏", "0987403221", None, "MS-250503-1142", ""),
date="2025-05-13 21:33")

M("en", "u", "8", "Lee Min-jung <minjung.lee@daum.net>", "RE: Case update",
"""Hello again,

Thank you for the video. I tried the steps you sent (clean crumb tray, push lever slowly, check plug) but the lever still not stay down. It come up immediately, so bread is not toasted at all. I tried both the left and right slot, same.

So I think it is broken from the factory. I prefer exchange to new one, not refund, because I like this design and color (mint). Order number is 30029457 as I wrote before.

When you send new one, can the courier take the broken one at same time? I am at home on weekend only.

Best regards,
Lee Min-jung
Tel: 5432 8876

From: Support Team <help@kitchenjoy-example.com>
Sent: Wednesday, January 15, 2025 10:20 AM
To: Lee Min-jung
Subject: Case update

Dear Ms. Lee,
Thanks for contacting us. Please try the troubleshooting steps in the attached video. If the problem persists, please reply and we will arrange a repair or exchange.
Reference: 202501-0419
KitchenJoy Support | Hotline 2110 3344""",
L("after_sales", "exchange", "normal", "Lee Min-jung", "54328876", None, "30029457", "exchange"),
date="2025-01-16 13:05")

# ---------------------------------------------------------------- suggestion (5)

M("zh-Hant", "b5", "8", "許志豪 <hsu.bike.shop@gmail.com>", "功能建議：進貨單可以匯出Excel嗎",
"""客服您好，

我是台南一間小腳踏車行的老闆，用你們的記帳軟體快三年了，整體很好用，特別是電子發票那塊幫了我很多。

有兩個小建議，不是急事，給你們參考：
1. 進貨單目前只能匯出 PDF，每個月要給記帳士對帳的時候，他都要自己重新打一次。如果能匯出 Excel 或 CSV 就太好了。
2. 手機版 App 查庫存的時候，希望能用條碼掃描找商品，現在要一個一個打關鍵字。

如果之後有這些功能，很願意當測試用戶。

許志豪
商戶號 SP-TW-117342""",
L("suggestion", "feature_request", "low", "許志豪", None, "SP-TW-117342", "", ""),
date="2025-10-02 22:10")

M("en", "l1", "q", "Aoife Byrne <aoife.byrne@gmail.com>", "Small idea for the app",
"""Hi folks,

Just a small suggestion, no complaint at all - my two lads have been doing Irish and maths grinds through your site since September and they're flying.

Would it be possible to have the lessons sync to Google Calendar? Right now I copy each one in by hand and I've messed up the time twice when the clocks went back. A simple "add to calendar" button or an iCal feed would do the job.

Also it would be great if the reminder email came an hour before rather than 10 minutes - 10 minutes isn't enough to drag a 12 year old off the Xbox :)

Keep up the good work,
Aoife
Dún Laoghaire""",
L("suggestion", "feature_request", "low", "Aoife Byrne", None, None, "", ""),
date="2024-11-11 21:14")

M("zh-Hant", "u", "q", "Yuki Chan <yukichan.bakes@gmail.com>", "少少意見",
"""Hello，

上星期訂咗個生日蛋糕，好好食，屋企人都讚，呢封唔係投訴㗎😊 只係有少少意見想分享下。

個蛋糕除咗紙盒之外，入面仲有一個膠托、一層膠片圍住、每件裝飾又獨立用膠袋包住，再加兩個保冷冰袋同一大個膠袋，拆完成堆垃圾，有啲浪費。

可唔可以考慮用紙托，或者俾客人揀「環保包裝」選項？我相信好多客都願意。另外啲膠叉膠刀其實唔使預，可以改成落單時自己剔要唔要。

Thank you！
Yuki""",
L("suggestion", "feedback", "low", "Yuki Chan", None, None, "", ""),
date="2025-03-24 17:58")

M("en", "u", "8", "Rachel Okafor <rokafor@me.com>", "Suggestion: dimmer display for bedroom use",
"""<html><body><div style="font-family:Arial">Hello,<br><br>
We have two of your AP-360 purifiers and love them overall. One thing though: the one in our bedroom has a very bright blue ring light and display. Even in &quot;sleep mode&quot; the air quality number stays lit, and my husband ended up putting a sock over it (which I&#39;m guessing blocks the air intake, oops).<br><br>
Two ideas:<br>
1. A true &quot;lights off&quot; option in sleep mode, or a brightness slider in the app.<br>
2. Let us schedule sleep mode from the app (e.g. 10pm&ndash;7am) instead of pressing the button every night.<br><br>
Thanks for listening!<br>
Rachel Okafor<br>
Austin, TX</div></body></html>""",
L("suggestion", "feature_request", "low", "Rachel Okafor", None, None, "", ""),
html=True, date="2025-02-04 23:01")

M("zh-Hant", "u", "b", "劉家瑜 <liu.chiayu@gmail.com>", "關於網站投保流程的一點建議",
"""<html><body>
<p>你好，</p>
<p>先說明這不是投訴，保單也已經順利買好了，只是在線上投保的過程中遇到幾個讓人困惑的地方，想提供給你們參考：</p>
<p>一、填寫「旅遊地區」時，選項只有「亞洲」、「歐洲」等大區，但後面的說明又寫日本、韓國有不同費率，選完「亞洲」後才發現價格跟試算的不一樣，來回試了三次。<br>
二、被保險人的英文姓名欄位沒有提示要跟護照一樣，我差點用了自己平常用的英文名。<br>
三、最後的付款頁面在手機上，按鈕被擋住一半，要把手機橫放才按得到。</p>
<p>希望之後改版能更順暢，謝謝！</p>
<p>劉家瑜</p>
</body></html>""",
L("suggestion", "feedback", "low", "劉家瑜", None, None, "", ""),
html=True, date="2025-07-30 10:26")

# ---------------------------------------------------------------- emergency (10)

M("zh-Hant", "b5", "8", "周文彬 <wenbin.chou@gmail.com>", "電暖器冒煙",
"""你好，剛剛用你們的陶瓷電暖器（HT-900）大概半小時，突然聞到很重的塑膠燒焦味，後面出風口有冒白煙，我已經拔掉插頭了，現在房間還是很臭。插頭附近的外殼摸起來很燙，有一點變形。

家裡有小孩跟老人，這台我不會再用了，要退貨退款。是上個月在momo買的，訂單編號 24120833156721。請盡快回覆要怎麼處理。

周文彬 0970-115-882""",
L("emergency", "safety", "urgent", "周文彬", "0970115882", None, "24120833156721", "return refund"),
date="2025-01-11 22:49")

M("en", "a", "b", "Tom Kowalski <tom@kowalskihardware.com>", "Someone got into our account",
"""Hi,

This morning I got an email from you saying "your password has been changed" and "new login from Lagos, Nigeria". I did not change anything and nobody here was in Nigeria. I can't log in anymore - it says wrong password, and the reset email goes to an address I don't recognize (t.kowalski.billing@ something, that's not us).

Worse: one of our regular customers just called asking why our invoice has a new bank account number on it. So whoever this is has already changed the payment details on our invoice template.

We're a small hardware store, merchant ID KH-00923. Please lock the account NOW before anyone pays into the wrong account. Call me at the store: (262) 555-0139.

Tom Kowalski
Kowalski Hardware""",
L("emergency", "account_security", "urgent", "Tom Kowalski", "2625550139", "KH-00923", "", "callback"),
date="2024-09-30 09:14")

M("zh-Hant", "u", "8", "jacky.lau@happybites.hk", "POS 用唔到",
"""你好，由今朝11點開始，你哋個雲端收銀系統一登入就彈「Server Error 503」，三部機都係咁，iPad 同電腦都試過。我哋而家午市，客人埋單只可以收現金，信用卡同八達通全部收唔到，已經有幾張枱走咗。

你哋個status page寫住「All systems operational」，但明明用唔到。打熱線 3008 6600 一直係留言信箱。

商戶號：HBK-2219
聯絡：劉志傑 9661 3054

麻煩盡快處理！！！""",
L("emergency", "system_outage", "urgent", "劉志傑", "96613054", "HBK-2219", "", ""),
date="2025-08-22 12:18")

M("en", "u", "q", "Nomvula Dlamini <nomvula.d@gmail.com>", "quick question about descaling",
"""Hi there

I have the KT-17 kettle, bought it in January. Our water in Joburg is quite hard so there's white stuff building up inside already. Can I use vinegar or must I buy your descaling sachets? And how often?

Oh and this is probably nothing, but twice now when I lifted the kettle off the base I felt a little tingle/zap in my fingers, like a small shock. The second time my hand was dry so it wasn't that. The base also makes a faint buzzing sound sometimes. Is that normal? My helper uses it every morning so just want to be sure.

Thanks
Nomvula""",
L("emergency", "safety", "urgent", "Nomvula Dlamini", None, None, "", ""),
date="2025-04-03 07:31")

M("zh-Hant", "u", "q", "楊雅琪 <yachi.yang@gmail.com>", "帳號好像被盜用了，信用卡被刷",
"""客服您好：

今天下午 3 點多收到銀行簡訊，說我的信用卡在貴平台刷了兩筆 NT$8,800，但我們最近根本沒有買課。

上去看我兒子的帳號（會員編號 ST-5520871），發現登入 Email 被改成一個不認識的 Gmail，密碼也被改了，我現在完全登不進去。帳號裡有綁我的信用卡。

我已經打電話請銀行先暫停那張卡，但請你們立刻：
1. 凍結這個帳號；
2. 取消那兩筆交易並退款；
3. 回電給我：0935-602-718。

楊雅琪""",
L("emergency", "account_security", "urgent", "楊雅琪", "0935602718", "ST-5520871", "", "refund callback"),
date="2025-05-27 15:52")

M("en", "u", "b", "Le Hoang Nam <hoangnam.le@gmail.com>", "Is this SMS from your company??",
"""Hello,

Yesterday I ordered flowers on your website for my girlfriend birthday, order FLW-0093318. Today morning I receive SMS: "[BloomHK] Your delivery failed due to incomplete address. Please pay HK$12 re-delivery fee: bloomhk-redeliver.com". Because I just ordered I think it is real, so I click and enter my credit card.

After 30 minutes my bank app show 3 payments I did not make, total HK$9,460, at some online shop in another country. I call bank to block the card already.

Now I am worry: how they know I ordered from you? Is your customer data leaked? Also please check my real order is still OK and will deliver today.

My phone 6890 2154.
Nam""",
L("emergency", "account_security", "urgent", "Le Hoang Nam", "68902154", None, "FLW-0093318", "explanation"),
date="2025-02-13 10:37")

M("zh-Hant", "u", "q", "梁太 <leung.mrs@hotmail.com>", "Re: 多謝惠顧！您的訂單已確認",
"""你好，

我想再訂兩套 AP-360 嘅替換濾網（HEPA + 活性碳），上次訂單係 PF-2311-0456，地址同上次一樣，送去將軍澳。唔知而家有冇優惠？如果有套裝價就更好。

另外順便問下，上個禮拜我個女話部機嘅插頭插落牆掣嗰陣「啪」一聲有火花，仲有少少燶味，佢話之後又用得返就冇理。今朝我自己插都見到閃咗一下。部機放喺我個仔房，佢晚晚開住瞓覺。係咪插頭有問題？使唔使停用先？

麻煩回覆，唔該。
梁淑儀
9344 7021

在 2023年11月20日 14:02，PureAir HK <orders@pureair-example.hk> 寫道：
> 梁太您好，多謝惠顧！您的訂單 PF-2311-0456 已確認，預計 3 個工作天內送達。
> 如有查詢，請致電客戶服務熱線 2881 5500（星期一至六 9:00-18:00）。""",
L("emergency", "safety", "urgent", "梁淑儀", "93447021", None, "PF-2311-0456", ""),
date="2024-10-08 08:26")

M("en", "l1", "8", "Ciarán Mac Giolla <ciaran.macgiolla@gmail.com>", "Fwd: Claims portal not working",
"""Forwarding this again as I've had no reply. Portal still down this morning (Thursday). Same error in the app.

---------- Forwarded message ---------
From: Ciarán Mac Giolla <ciaran.macgiolla@gmail.com>
Date: Mon, 3 Mar 2025 at 08:47
Subject: Claims portal not working
To: <claims@safetrip-example.ie>

Hello,

I'm trying to submit a medical claim for my daughter's hospital visit in Lisbon (customer ID ST-IE-558201). The claims portal gives "Service unavailable - please try again later" every time I press Submit, since Saturday. The app just spins on the login screen. I've tried two laptops, my phone, different browsers.

The policy says claims must be submitted within 30 days and the hospital bill is EUR 1,340 - I'm at day 26.

Please fix it or tell me another way to submit.

Ciarán
086 902 7733""",
L("emergency", "system_outage", "urgent", "Ciarán Mac Giolla", "0869027733", "ST-IE-558201", "", ""),
date="2025-03-06 09:05")

M("zh-Hant", "b5", "b", "吳俊傑 <chunchieh.wu@gmail.com>", "路由器很燙",
"""您好，想請問一下，我家的 WR-AX30 路由器這兩天摸起來非常燙，燙到不太能一直摸著，底部有一股像塑膠融化的味道，靠近電源孔的地方好像有一點點黃黃的痕跡。

應該沒什麼大事啦，網路還是可以用，只是想說問一下這樣正常嗎？它放在電視櫃裡面，旁邊是機上盒。需要換一台嗎？

吳俊傑
(02) 8792-4410""",
L("emergency", "safety", "urgent", "吳俊傑", "0287924410", None, "", ""),
date="2024-07-19 23:37")

M("en", "u", "8", "Wanida Chaiyaporn <wanida.chai@gmail.com>", "bookshelf question",
"""Hello,

I bought the 5-tier bookshelf "OSLO" from your website last month (order no. #TH-66120953), and your team assemble it in my condo in Sukhumvit.

Yesterday evening my son (4 years old) pull the second shelf to climb, and the whole bookshelf fall forward on him. Luckily the books fall first and he only has bruise on his forehead and arm, we went to Samitivej hospital to check and the doctor say OK, no concussion.

I see now there is no wall anchor/strap installed. Your assembly man did not mention anything. Is it supposed to have one? I have another same bookshelf in the bedroom, so I am scared now and I take all the books out.

Please let me know what to do. Can someone come to check and install the strap?

Wanida Chaiyaporn
Tel 081-907-3346""",
L("emergency", "safety", "urgent", "Wanida Chaiyaporn", "0819073346", None, "TH-66120953", "explanation"),
date="2025-09-15 08:03")

# ---------------------------------------------------------------- other (6)

M("zh-Hant", "u", "b", "鄭宇軒 <yuhsuan.cheng.job@gmail.com>", "應徵 客服專員 – 鄭宇軒",
"""人資部門 您好：

我是鄭宇軒，於 104 人力銀行看到貴公司徵求「客服專員（家電產品線）」的職缺，特來信應徵。

我畢業於銘傳大學應用中文系，曾在連鎖家電賣場擔任門市人員兩年，熟悉電暖器、除濕機、清淨機等小家電的基本操作與常見問題，也有處理退換貨與客訴的經驗。另外具備基礎英文及台語溝通能力，可配合輪班。

附件為我的履歷與自傳，若有機會面談，隨時可以配合時間。

鄭宇軒
手機：0968-224-517
Email：yuhsuan.cheng.job@gmail.com""",
L("other", None, "low", "鄭宇軒", "0968224517", None, "", ""),
date="2025-06-09 11:48")

M("en", "a", "q", "Ryan Mitchell <ryan.m@rankrocket-seo.com>", "Quick question about your website",
"""Hi there,

I was looking at your website kettlehouse-hk.com and noticed it's not showing up on the first page of Google for key terms like "electric kettle Hong Kong" or "best toaster HK". Your competitors are getting that traffic (and those sales!) instead of you.

We're a team of certified SEO specialists who have helped 300+ e-commerce brands achieve page-one rankings in 90 days or less. Our packages start from just $299/month, with no lock-in contract.

Would you be open to a free 15-minute audit call this week? Just reply "YES" and I'll send over some times.

Best regards,
Ryan Mitchell
Senior Growth Consultant | RankRocket Digital

If you don't want to hear from me again, just reply "no thanks".""",
L("other", None, "low", "Ryan Mitchell", None, None, "", ""),
date="2024-11-20 03:12")

M("zh-Hant", "u", "b", "何太 <hotai.family@gmail.com>", "多謝 Miss Chan",
"""你好，

想寫封信多謝你哋嘅 Miss Chan（教中文嗰位）。我個仔小四，之前好抗拒寫作文，一寫就喊。跟咗 Miss Chan 上咗三個月網上堂，佢而家會自己寫日記，今次考試作文仲攞咗 B+，老師都讚佢進步咗好多。

Miss Chan 好有耐性，每次堂後都會 WhatsApp 我講返個仔嘅情況，真係好用心。麻煩幫我轉達我哋一家嘅感謝🙏

冇其他嘢，唔使回覆㗎。

何太""",
L("other", "thanks", "low", "何太", None, None, "", ""),
date="2025-01-21 21:29")

M("en", "a", "7", "Brian Flanagan <b.flanagan@flanaganbakery.ie>", "Automatic reply: Spring Sale - 20% off toasters & kettles this week only",
"""Thank you for your email.

I am out of the office from Monday 14 April until Tuesday 22 April with limited access to email. For anything urgent regarding orders or deliveries, please contact my colleague Niamh Keane on 01 679 4421 or niamh@flanaganbakery.ie.

Kind regards,
Brian Flanagan
Flanagan's Bakery, Rathmines""",
L("other", None, "low", "Brian Flanagan", None, None, "", ""),
date="2025-04-15 10:00", extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")])

M("zh-Hant", "b5", "q", "施佩君 <peichun.shih@gmail.com>", "十月房租已匯款",
"""王先生您好：

十月份的房租 NT$16,500 已經在今天早上匯到您的合作金庫帳戶了，轉出帳號末五碼 33821，再麻煩您確認。

另外浴室的排風扇上個月就不太會轉了，想請問您這週末方便找師傅來看一下嗎？我週六整天都在。

謝謝！
4樓之2　施佩君""",
L("other", None, "low", "施佩君", None, None, "", ""),
date="2024-10-01 08:40")

M("en", "u", "8", "Linda Harper <lindaharper1956@aol.com>", "Re: How did we do?",
"""I don't do those star surveys but I wanted to say the two young men who brought and put together our dining table and six chairs on Friday (Luis and Andre, I think) were just wonderful. They took their shoes off without being asked, put down a blanket so they wouldn't scratch the floor, and took every bit of cardboard with them. My husband has Parkinson's and they even helped move his recliner so he'd have room to get around the table.

Please tell their boss. That's all!

Linda Harper

On Sat, Oct 5, 2024 at 10:14 AM, HomeNest <noreply@homenest-example.com> wrote:
> Hi Linda, your order 55-20931 was delivered and assembled. How did we do?
> Rate us 1-5 stars.
> Need help? Call (888) 555-0100.""",
L("other", "thanks", "low", "Linda Harper", None, None, "", ""),
date="2024-10-06 16:22")
