# fresh2 slice e: 22 zh-Hant (Taiwan, Hong Kong, Macau, overseas) + 28 English.
# Written by hand, one email at a time. Uses M(...) / L(...) from make_fresh.py.

# 1 -- Taiwan, furniture, delivery delay
M("zh-Hant", "b5", "b", "林美惠 <meihui.lin0412@gmail.com>", "沙發說好10/20到貨，現在已經11/8了",
"""您好，

我在10月3日在貴公司官網訂了一組三人座布沙發（灰藍色，型號 SF-3320），訂單編號：HM20241003-0457，當時業務說大約兩週，最晚10/20前一定會送到。
結果到現在11月8號了，還是沒有消息。中間我打了兩次客服，第一次說工廠排程延誤，第二次說「再等一週」，然後就沒有然後了。

舊沙發我已經先請清潔隊載走了，家裡客廳現在只剩幾張椅子，週末家人來都沒地方坐，真的很困擾。
我想請你們：
1. 給我一個確定的到貨日期，不要再「大約」了
2. 說明一下為什麼延誤這麼久
3. 延誤這麼久，是不是該有一點補償？

聯絡電話：0933-218-476（平日晚上比較方便）
林美惠""",
L("complaint", "delivery_delay", "normal", "林美惠", "0933218476", None, "HM20241003-0457", "explanation compensation"),
date="2024-11-08 21:14")

# 2 -- US, airline, refund after cancellation (annoyed, but a refund request)
M("en", "a", "7", "Derek Walsh <derek.walsh82@gmail.com>", "Cancelled flight - still no refund",
"""Hi,

My flight from Portland to Denver on March 2 (flight SK418) was cancelled by you guys the night before. I didn't take the rebooking you offered because it was two days later and I needed to be there for work, so I drove instead. The app said I was "eligible for a full refund" and I submitted the request that same night.

That was almost four weeks ago and the refund status still says "processing". I'm honestly not impressed, but I'm not looking for a fight here, I just want my money back: $387.60 to the Visa I booked with.

Booking reference: K7XQ2M
Phone: (503) 555-0148

Can someone please just push this through?

Derek""",
L("after_sales", "refund", "normal", "Derek Walsh", "5035550148", None, "K7XQ2M", "refund"),
date="2024-03-29 19:22")

# 3 -- Hong Kong, air-con repair, annoyed; technician and hotline in the quoted reply
M("zh-Hant", "u", "q", "陳志強 <ckchan.hk88@yahoo.com.hk>", "Re: 維修預約確認 - 單號 HK2409-33817",
"""你好，

上星期六（14號）你哋個師傅上嚟睇過部窗口冷氣機，話係雪種唔夠，加完雪種就走咗，收咗我$680。點知用咗三日又係吹暖風，完全唔凍，個壓縮機仲成日「啪」一聲停咗又再開。

我屋企有個BB，呢排咁熱真係頂唔順。麻煩你哋盡快安排師傅再上嚟睇過，今次要搞掂佢，唔好再加完雪種就走。如果係部機本身有問題，我部機仲喺保養期內（2023年11月買），應該唔使再俾錢㗎？

星期一至五晚上7點後或者星期六全日都得。
手提：6387 2215
陳生

> 2024年9月12日 下午3:05，"Coolair 客戶服務" <service@coolair.example> 寫道：
> 陳先生您好，您的維修預約已確認：
> 日期：2024年9月14日（星期六）上午10:00-下午1:00
> 師傅：何師傅（9786 5521）
> 如有查詢請致電客戶服務熱線 2618 3300。""",
L("after_sales", "repair", "normal", "陳志強", "63872215", None, "HK2409-33817", "repair"),
date="2024-09-18 22:30")

# 4 -- UK, hotel booking site, second formal complaint, solicitor (HTML)
M("en", "u", "q", "Margaret Hollis <m.hollis@btinternet.com>",
"FORMAL COMPLAINT - second request - booking ref BKG-55120987",
"""<html><body>
<p>Dear Sir or Madam,</p>
<p>I wrote to you on 2 June regarding the above booking and have had nothing back other than an automated acknowledgement. I am writing again, and this time I expect a proper response.</p>
<p>On 24 May my husband and I arrived at the Harbour View Hotel in Whitby at 9&nbsp;p.m. after a five-hour drive, only to be told by reception that they had no record of our reservation. Your website had taken full payment of &pound;486.00 for three nights on 11 April. The hotel had one room left, which we were obliged to pay for again at the desk (&pound;540.00), or sleep in the car.</p>
<p>I have therefore paid twice for the same stay. When I rang your customer line the gentleman I spoke to was frankly dismissive and told me to &quot;take it up with the hotel&quot;. The hotel tells me the booking never reached them.</p>
<p>I require:</p>
<ul>
<li>a full refund of the &pound;486.00 you took;</li>
<li>the &pound;54.00 difference I had to pay on top, and</li>
<li>a written explanation of how this happened.</li>
</ul>
<p>If I have not received a satisfactory reply within 7 days, I shall pass the matter to my solicitor and report your company to Trading Standards.</p>
<p>Yours faithfully,<br>
Mrs Margaret Hollis<br>
Tel: 01947 602 318</p>
</body></html>""",
L("complaint", "billing", "urgent", "Mrs Margaret Hollis", "01947602318", None, "BKG-55120987", "refund compensation explanation"),
html=True, date="2024-06-17 09:05")

# 5 -- Taiwan, online store account taken over, orders placed
M("zh-Hant", "b5", "8", "許家豪 <jiahao.hsu@hotmail.com>", "緊急！帳號被盜用，有人用我的帳號下單",
"""客服您好：

今天凌晨兩點多我收到好幾封簡訊驗證碼，我根本沒有在操作，接著就收到「訂單成立通知」，有人用我的帳號買了兩支 iPhone 16 Pro，刷的是我綁定的信用卡，寄送地址是台中一個我完全不認識的地方。

我已經先把密碼改掉，也打電話給銀行止付了，但帳號裡的訂單還在，狀態顯示「準備出貨」。
請立刻幫我取消這兩筆訂單、凍結帳號，並查一下對方是從哪裡登入的。

會員編號：TW88120345
訂單：P2411150002871、P2411150002872
手機：0918-552-013

許家豪""",
L("emergency", "account_security", "urgent", "許家豪", "0918552013", "TW88120345", "P2411150002871 P2411150002872", "explanation"),
date="2024-11-15 07:20")

# 6 -- Ireland, earbuds charging case overheating; calm misleading subject
M("en", "u", "8", "Siobhan Byrne <siobhan.byrne@eircom.net>", "quick question about the charging case",
"""Hi there,

Bit of a weird one. I've the Aurio Buds Pro that I got for Christmas and tonight when I put them on to charge beside the bed, the case got really, really hot, like too hot to hold, and there was a smell of burning plastic. There was a little crackle sound too just before. I pulled the cable out straight away and the lid is a bit warped now near the hinge.

It's sitting on a plate on the kitchen counter now because I don't want it near anything. Is it safe to keep in the house at all?? Should I be worried about the battery? I've a toddler in the house so I'm a bit freaked out to be honest.

Ordered from your site, order no. AU-IE-2291847. Serial on the case is ABP2C0917733.

You can ring me on 087 123 4567 anytime.

Thanks,
Siobhan""",
L("emergency", "safety", "urgent", "Siobhan Byrne", "0871234567", None, "AU-IE-2291847", "explanation"),
date="2025-01-10 22:40")

# 7 -- Taiwan, dehumidifier product question
M("zh-Hant", "b5", "q", "張先生 <chang.wc1977@seed.net.tw>", "請問除濕機 DH-16L 適用坪數",
"""您好，想請問一下：

1. DH-16L 這台標示適用 10 坪，是指一般公寓嗎？我家是頂樓加蓋、鐵皮屋頂，大概 8 坪，這樣夠力嗎？
2. 連續排水的管子是要另外買，還是盒裝就有附？
3. 有沒有一級能效的版本？

因為梅雨季快到了，想這兩週內決定。謝謝。

張先生""",
L("inquiry", "product_info", "low", "張先生", None, None, "", ""))

# 8 -- Canada, meal kit arrived warm, spoiled meat; UPS tracking number is not an order id
M("en", "u", "b", "Jordan Tremblay <jtremblay@videotron.ca>", "Box arrived warm - chicken was off",
"""Hello,

This week's box (order #MK-4471920) showed up around 7pm instead of the 8am-12pm window, and by the look of it had been sitting on a truck all day. The ice packs were completely liquid and the box was warm inside. The chicken thighs smelled sour when I opened them and the salmon was slimy. I threw out all the proteins and the cream. We ate cereal for dinner.

Tracking showed it went out for delivery at 6:12am (1Z 999 AA1 01 2345 6784), so it was on that truck for 13 hours. That's not ok for raw meat.

I've been a subscriber since 2022 and this is the second time this year. I'd like a refund for this box, and honestly I'd like to know what you're going to do about the cold chain, because I'm thinking of cancelling.

Jordan Tremblay
Montréal, QC""",
L("complaint", "product_quality", "normal", "Jordan Tremblay", None, None, "MK-4471920", "refund explanation"),
date="2024-07-11 20:15")

# 9 -- Hong Kong, electric heater sparks and burning smell
M("zh-Hant", "u", "b", "黃太 <wongtai.lm@gmail.com>", "暖爐有燒焦味同火花！！",
"""喂，你好

我琴晚用緊你哋嘅 HT-2000 油汀暖爐（上個月喺網店買），開咗大概一個鐘，突然聞到好勁燒焦膠味，插蘇位置仲見到有火花，「卜」咗一聲，我即刻拔咗個插頭。插蘇同個插座都燶咗少少，黑咗一忽。

屋企有兩個細路，真係嚇死人。而家唔敢再用，但都想知係咪成批都有問題？我有個朋友都買咗同一款。

請你哋即刻回覆點處理，我要退貨退錢，同埋你哋要派人嚟睇下個插座有冇整壞。

訂單編號：WS-88012734
電話：9345 1288
黃太""",
L("emergency", "safety", "urgent", "黃太", "93451288", None, "WS-88012734", "return refund explanation"),
date="2024-12-10 08:15")

# 10 -- Australia, fitness app down for everyone (the company's system, not her phone)
M("en", "a", "7", "Bec Nguyen <bec.nguyen@bigpond.com>", "app's cactus - can't book or check in",
"""G'day,

Your app has been dead since about 5:30 this morning. Log in just spins and then says "Something went wrong (error 503)". It's not my phone - my partner's got the same on her Android, and half the 6am crew at the gym were standing round the front desk because the door check-in uses your app QR and nobody could get in. Staff said members at all the Brisbane clubs are having the same thing.

Deleted and reinstalled, tried wifi and 5G, nothing. Your status page still says "All systems operational", which is a bit rich.

Can you lot sort it out asap and let us know when it's back? I've got a PT session booked at 12:30 that I've already paid for.

Bec Nguyen
Member no. FP-AU-0093321""",
L("emergency", "system_outage", "urgent", "Bec Nguyen", None, "FP-AU-0093321", "", "explanation"),
date="2025-02-18 07:05")

# 11 -- Taiwan, pre-ordered game bundle, when will it ship
M("zh-Hant", "b5", "b", "阿哲 <azhe.gamer@gmail.com>", "預購同捆組出貨時間",
"""哈囉客服~

我六月初在你們官網預購「星海遠征 限定版主機同捆組」，訂單編號 GS-240603-11872，當時頁面寫7月中陸續出貨。
今天已經7/24了，訂單狀態還是「備貨中」，想問一下大概什麼時候會寄出？會用哪家物流？
不急啦，只是想排一下收件時間，因為平日白天家裡沒人。

黃哲維 0972-118-605""",
L("inquiry", "order_status", "normal", "黃哲維", "0972118605", None, "GS-240603-11872", ""),
date="2024-07-24 12:40")

# 12 -- New Zealand, courier: shown delivered, not received; calm
M("en", "a", "7", "Hamish Clarke <hamish.clarke@xtra.co.nz>", "Parcel shows delivered but not here",
"""Hi team,

Tracking number NZP 6120 4478 13 says it was delivered yesterday at 2:47pm, "left at front door". I was working from home all afternoon and nothing turned up, and I've checked with both neighbours and the letterbox.

No drama, these things happen - could you check the driver's GPS/photo for the drop-off and let me know where it actually went? It's a pair of running shoes from an online store so not the end of the world.

Address is 14 Kowhai Street, Hamilton 3210.

Cheers,
Hamish
021 448 902""",
L("inquiry", "logistics", "normal", "Hamish Clarke", "021448902", None, "", "explanation"))

# 13 -- Hong Kong, service attitude, third email, threatens Consumer Council and newspapers; subject just "查詢"
M("zh-Hant", "u", "8", "梁家偉 <kwleung.hk@gmail.com>", "查詢",
"""你好，

我已經係第三次寫email嚟，之前兩封都冇人理。打電話去熱線等咗四十分鐘，接通之後個姓張嘅客服一聽到我問退款就話「呢啲唔關我事，你自己搵送貨公司」，跟住直接收線。咁嘅服務態度我真係第一次見。

事情好簡單：8月2號喺你哋網站訂咗一部 Sonix 65吋電視，訂單號碼 SX-HK-7730215。送貨嗰日送貨師傅發現部電視屏幕爆咗，當場原封不動帶返走，話會安排退款。到今日成個月，錢冇退，人又搵唔到，問一句就俾人當皮球咁踢。

我要求：
- 三個工作天內全數退返 $8,990 落我張信用卡
- 有個負責人親自打俾我解釋清楚
- 為嗰位客服嘅態度正式道歉

如果下星期一之前都冇回覆，我會直接去消委會投訴，同埋將成件事交俾報館。

梁家偉
9012 3378""",
L("complaint", "service_attitude", "urgent", "梁家偉", "90123378", None, "SX-HK-7730215", "refund callback explanation apology"),
date="2024-09-04 23:10")

# 14 -- India, laptop not charging, warranty; explicitly no smoke
M("en", "u", "q", "Rajesh Kumar Iyer <rajesh.iyer1979@rediffmail.com>", "Laptop not charging - warranty claim request",
"""Dear Sir/Madam,

Greetings of the day.

I am having purchased one ZenLite 14 laptop from your official online store on 12th August 2024, Order ID ZL-IN-40028815. From last 5 days the laptop is not charging at all. When adapter is connecting the light is not coming and battery is showing 0% only. There is no smoke, no burning smell or heating, it is simply not taking the charge. I have tried with my colleague adapter also, same issue.

Laptop is under 1 year warranty only. Kindly arrange for pickup or tell me nearest service centre in Pune so I can get it repaired under warranty. This laptop is required for my daughter online classes so kindly do the needful at the earliest.

Serial No: 5CD2481KQP
Mobile: 98450 12367

Thanks and regards,
Rajesh Kumar Iyer
Pune""",
L("after_sales", "warranty", "normal", "Rajesh Kumar Iyer", "9845012367", None, "ZL-IN-40028815", "repair"),
date="2025-03-04 10:45")

# 15 -- Taiwan, pet supplies, wrong item delivered
M("zh-Hant", "b5", "8", "王小雯 <wen0923@yahoo.com.tw>", "寄錯東西了啦",
"""你好

我10/5訂的是「豆腐貓砂 原味 6L×6包」，今天收到箱子打開竟然是一大袋 15kg 的成犬飼料？？我家只有兩隻貓……
出貨單上面的名字跟地址是我沒錯，但品項完全不對，訂單編號 PT1005-208834，你們可以自己查一下。

貓砂快用完了，麻煩盡快把正確的貓砂寄給我，狗飼料要怎麼退回也請告訴我，請黑貓來收也可以。
說真的，這種錯誤也太誇張，希望你們出貨前可以多核對一下。

王小雯
0921-386-557""",
L("complaint", "wrong_item", "normal", "王小雯", "0921386557", None, "PT1005-208834", "exchange"),
date="2024-10-08 19:02")

# 16 -- Philippines, game top-up not credited; UID is the player's account id, not a phone
M("en", "a", "7", "Jhun Dela Cruz <jhundc.gaming@yahoo.com>", "diamonds not recieve",
"""Hi po,

Good day! I top up 1,100 diamonds last night around 11pm using GCash, P499 was already deducted in my GCash but until now the diamonds is not yet in my account. I already restart the game and log out log in but still none.

My UID: 80417726
Server: SEA-3
Order number from Google Play: GPA.3349-1820-7741-55063

Pls check po, thank you so much and more power!

- Jhun""",
L("inquiry", "billing", "normal", "Jhun Dela Cruz", None, "80417726", "GPA.3349-1820-7741-55063", ""))

# 17 -- Taiwan, fitness app suggestion ("not a complaint")
M("zh-Hant", "b5", "b", "陳郁婷 <yuting.chen.run@gmail.com>", "小小建議（不是客訴）",
"""嗨，FitPulse 團隊：

先說我不是要客訴，App 我用快一年了，每天晨跑都靠它，很喜歡。
只是有兩個小地方想建議：
一、跑步時的語音播報可以加台灣口音的中文嗎？現在的中文語音有點像機器人，而且「公里」念得怪怪的XD
二、間歇跑的課表希望可以自己調每一段的秒數，現在只能選固定的 30/60/90 秒。

如果有開放 Beta 測試，我很樂意參加！

郁婷""",
L("suggestion", "feature_request", "low", "陳郁婷", None, None, "", ""))

# 18 -- Malaysia, wardrobe door panel cracked, wants just the panel replaced
M("en", "u", "8", "Tan Wei Ling <weiling.tan88@gmail.com>", "Wardrobe door panel cracked - need replacement",
"""Hi,

Received the Hana 3-door wardrobe yesterday, Order No. FM-MY-230871. When unboxing the left door panel already got crack at the corner, about 10cm long, the box also got dent on that side so I think is during transport lah.

The rest ok, your delivery guys also very polite, no complain about them. I just need a new door panel to replace the cracked one. Can send only the panel? Don't want to return whole wardrobe, very troublesome to dismantle.

Photos I can send if needed. My number 012-338 7145, can WhatsApp.

Thanks
Wei Ling""",
L("after_sales", "exchange", "normal", "Tan Wei Ling", "0123387145", None, "FM-MY-230871", "exchange"))

# 19 -- Hong Kong, job application
M("zh-Hant", "u", "q", "何詠琪 <wingkei.ho.job@gmail.com>", "應徵客戶服務主任（JobsDB 職位編號 CS-0921）",
"""敬啟者：

本人於 JobsDB 得悉 貴公司招聘客戶服務主任一職，現特函應徵。

本人畢業於香港理工大學，主修酒店及旅遊業管理，曾於一間網上訂房平台擔任客戶服務助理兩年半，主要負責處理電話及電郵查詢、跟進退款個案，熟悉 Zendesk 系統，能操流利廣東話、英語及普通話。

隨函附上履歷，如蒙賜予面試機會，不勝感激。本人現時通知期為一個月，期望月薪 $18,000。

聯絡電話：6123 8890

何詠琪 謹上""",
L("other", None, "low", "何詠琪", "61238890", None, "", ""))

# 20 -- Singapore, B2B payment API returning 500, all outlets unable to take payments (HTML, Outlook reply)
M("en", "u", "b", "Daniel Lim <daniel.lim@kopibean.com.sg>",
"RE: Ticket #202501-0443 - Payment API returning 500 - PRODUCTION DOWN",
"""<div>Hi Support,</div>
<div><br></div>
<div>Following up on the ticket below. Since 09:10 SGT today every call to <code>/v2/payments/intent</code> returns HTTP 500 (&quot;internal_error&quot;, no message). Our web checkout and the in-store kiosks all go through your gateway, so we have taken <b>zero payments for over an hour</b> across 6 outlets. We have changed nothing on our side; the same keys worked at 09:05, and your sandbox returns the same 500.</div>
<div><br></div>
<div>Please escalate to your on-call engineering team now. I need an ETA and a call back on my mobile.</div>
<div><br></div>
<div>Merchant ID: MCH-SG-00417<br>
Request IDs (examples): req_8Hq2LzP0a, req_8Hq2MvT3c</div>
<div><br></div>
<div>Regards,<br>
Daniel Lim<br>
Head of Digital, Kopi &amp; Bean Pte Ltd<br>
Mobile 9734 2210</div>
<div><br></div>
<div>-----Original Message-----<br>
From: PayLane Support &lt;support@paylane.example&gt;<br>
Sent: Tuesday, 14 January 2025 10:02<br>
To: Daniel Lim<br>
Subject: Ticket #202501-0443 - Payment API returning 500<br>
<br>
Hi Daniel,<br>
Thanks for contacting PayLane. Your ticket 202501-0443 has been logged and an engineer (Ravi, ext. 5512) will review it shortly. For urgent issues you may call our 24/7 line +65 6812 0900.<br>
<br>
PayLane Support</div>""",
L("emergency", "system_outage", "urgent", "Daniel Lim", "97342210", "MCH-SG-00417", "", "callback explanation"),
html=True, date="2025-01-14 10:20")

# 21 -- Taiwan, clothes return within the 7-day period; marketplace-style order number
M("zh-Hant", "b5", "q", "蘇小姐 <su.peiling@gmail.com>", "申請退貨（鑑賞期內）",
"""您好：

我在 9/15 買了一件針織外套（燕麥色 M），訂單編號 240915K7HQ2N3A，9/18 收到。
試穿後覺得袖子太長、肩線也不太合，想在七天鑑賞期內辦理退貨退款。
衣服吊牌都還在，只有試穿一次。

請問是要我自己寄回，還是你們會安排物流來收？退款會退回原本刷的信用卡嗎？

蘇佩玲
0988-071-243""",
L("after_sales", "return", "normal", "蘇佩玲", "0988071243", None, "240915K7HQ2N3A", "return refund"),
date="2024-09-20 13:25")

# 22 -- Hong Kong (English), pet food autoship charged after cancellation; cancellation ref is not an order
M("en", "a", "7", "Natalie Wong <natalie.wong.hk@gmail.com>", "Charged again after I cancelled",
"""Hi,

I cancelled my Autoship for the cat food (Whisker Farm grain-free salmon, 2 x 7kg) on 3 March through the app and got a confirmation email saying "Your subscription has been cancelled". Today I see HK$1,276 taken from my card for another delivery, order no. PS-HK-1198342, which I never wanted.

This is your mistake, not mine - I have the cancellation email with reference CXL-77120 if you want it. Please refund the full amount to my card, stop the delivery, and explain why the cancellation didn't go through. I don't want to find out next month it's still running.

Natalie Wong
9456 7812""",
L("complaint", "billing", "normal", "Natalie Wong", "94567812", None, "PS-HK-1198342", "refund explanation"),
date="2025-03-18 12:30")

# 23 -- Macau, shipping policy question for a sofa bed
M("zh-Hant", "u", "b", "梁小姐 <kamfong.leong@gmail.com>", "請問寄澳門嘅運費",
"""你好，我住澳門氹仔，想喺你哋網店買張梳化床（Luna 雙人梳化床），想問下：

1. 可唔可以直接送到澳門？定係要我自己搵轉運？
2. 運費大概幾多？使唔使另外俾關稅？
3. 送到之後有冇人幫手安裝？

唔該晒！
梁小姐""",
L("inquiry", "policy", "low", "梁小姐", None, None, "", ""))

# 24 -- Germany, dress too small, return; translated-sounding English, Latin-1
M("en", "l1", "q", "Sabine Müller <sabine.mueller@web.de>", "Return of dress, order 10048213377",
"""Dear ladies and gentlemen,

I have ordered on 2 October the dress "Marlene" in size 38, colour navy, with the order number 10048213377. The dress has arrived yesterday. Unfortunately it is too small at the shoulders, also the material is more thin than on the photos. I would like to give it back and receive my money back.

The label is still on it and I have worn it only for try on. Please can you tell me how I shall send it back? On your website I do not find the return form for Germany. Must I pay the shipping cost myself?

With kind regards
Sabine Müller
Hauptstraße 12, 80331 München""",
L("after_sales", "return", "normal", "Sabine Müller", None, None, "10048213377", "return refund"),
date="2024-10-08 16:10")

# 25 -- Taiwan, restaurant cloud POS backend down at lunch rush
M("zh-Hant", "b5", "8", "鄭雅文 <chengmgr.haoshitang@gmail.com>", "【急】POS 後台全部當掉，中午無法結帳",
"""你好：

我們是台中西屯「好食堂」（商家編號 S20230518066），從今天 11:40 開始，你們的雲端 POS 全部顯示「伺服器連線逾時」，三台收銀平板都一樣，重開機、換 4G 網路都沒用，所以不是我們店裡網路的問題。
LINE Pay、信用卡都刷不了，現在只能收現金、手寫單，外送平台的單也進不來。

現在正是午餐尖峰，外面排了二十幾個人，請立刻派工程師處理，或告訴我們什麼時候會恢復！

店長 鄭雅文
手機：0935-662-190""",
L("emergency", "system_outage", "urgent", "鄭雅文", "0935662190", "S20230518066", "", "explanation"),
date="2025-03-14 12:05")

# 26 -- France, hotel booking, arriving after reception closes tonight (hard deadline within hours)
M("en", "l1", "8", "Camille Lefèvre <camille.lefevre@orange.fr>", "Late arrival tonight - booking 4417-208-553",
"""Hello,

We have a reservation through your site at the Hotel Castello in Florence for tonight, booking number 4417-208-553, two nights. Our train from Milan is delayed because of a strike and we will arrive only around 23h30, maybe midnight.

On the hotel page it is written that the reception closes at 22h00. Is it possible to check in after this hour? Is there a key box or a code? We do not want that the room is given to other people or counted as no-show.

Please answer quickly, we are now in the train and I can read emails. My mobile: 06 12 34 56 78.

Merci beaucoup,
Camille Lefèvre""",
L("inquiry", "policy", "urgent", "Camille Lefèvre", "0612345678", None, "4417-208-553", ""),
date="2024-05-17 18:40")

# 27 -- Hong Kong, phone screen green line, warranty; IMEI and serial are traps; subject says 查詢
M("zh-Hant", "u", "8", "Cheung Wing Yan <wycheung.hk@outlook.com>", "手機保養查詢 / 屏幕出現綠線",
"""你好，

我今年3月喺你哋官網買咗部 Nova X5 手機，最近一個星期屏幕右邊出現咗一條綠色直線，冇跌過、冇入過水，機身都冇花。

部機仲喺一年保養期內，想申請保修。請問我應該直接拎去觀塘嘅服務中心，定係可以寄返去？維修期間有冇後備機借？

資料如下：
訂單號碼：NX2503-046617
IMEI：356938104528817
序號：R58T40KQ2ZL

聯絡電話：5402 7731（WhatsApp 都得）

Cheung Wing Yan""",
L("after_sales", "warranty", "normal", "Cheung Wing Yan", "54027731", None, "NX2503-046617", "repair"),
date="2025-06-23 21:50")

# 28 -- Brazil, smartwatch held in customs, who pays the import tax; CPF is a tax id
M("en", "u", "q", "Rafael Oliveira <rafa.oliveira@uol.com.br>", "Order status - stuck in customs?",
"""Hello, good afternoon.

I bought the smartwatch Pulse S3 (black) in your store on 20/11, order nº 7720-BR-118845. The tracking show "Aguardando pagamento de tributos" since 5 days, which means waiting for payment of import taxes, but I did not receive any notification from Correios to pay anything.

My question is: the price I paid on your website was "taxes included", correct? So who must pay these taxes, me or your company? And how long it will take to arrive after this?

Thank you for the attention.
Rafael Oliveira
São Paulo - SP
CPF: 123.456.789-09
Tel/WhatsApp: (11) 98765-4321""",
L("inquiry", "logistics", "normal", "Rafael Oliveira", "11987654321", None, "7720-BR-118845", ""),
date="2024-12-06 14:30")

# 29 -- Taiwan, elderly customer, two leaking thermos bottles, long and wordy
M("zh-Hant", "b5", "b", "吳秀琴 <wu.hsiuchin@msa.hinet.net>", "保溫瓶漏水的問題",
"""客服小姐、先生您們好：

我是住在高雄的吳太太，今年六十八歲了，字打得慢，請多包涵。
上個月我女兒在你們網站上幫我買了兩個不鏽鋼保溫瓶（500毫升，一個粉紅一個淺綠），說是給我跟我先生早上去公園運動帶熱茶用的。剛拿到的時候很高興，看起來很漂亮，也很輕。

可是用了不到兩個禮拜，粉紅色那一個蓋子的地方就開始漏水，我放在包包裡，整個包包都濕了，裡面的敬老卡、手帕都泡到熱茶。後來淺綠色那一個也一樣，倒過來就滴滴答答。我先生說是不是我沒有鎖緊，我試了好幾次，真的鎖到底了，還是會漏。矽膠圈我也拿出來洗過再裝回去，一樣。

我以前用的舊保溫瓶用了十年都不會漏，這次新買的兩個都這樣，我覺得是品質有問題。東西也不便宜，一個要八百九十元。
我女兒說可以寫信給你們，訂單號碼她寫給我是：KH-20240812-3391。

希望你們可以退錢給我們，東西我可以寄回去。如果要打電話給我，家裡電話是 07-331-2846，白天都在家。

謝謝您們。
吳秀琴 敬上""",
L("complaint", "product_quality", "normal", "吳秀琴", "073312846", None, "KH-20240812-3391", "refund return"),
date="2024-09-05 10:20")

# 30 -- US, warehouse label printers down, outbound line stopped (customer's hardware -> after_sales, urgent)
M("en", "a", "7", "Tom Kowalski <tkowalski@midwestfulfill.com>", "URGENT - ZT-420 printers down, shipping line stopped",
"""Support,

Two of the three ZT-420 thermal label printers we bought from you in January (purchase order 4500088213) quit this morning within an hour of each other. Both show a red "PRINTHEAD ERROR 07" and won't feed. We swapped printheads from the spare kit, power-cycled, re-flashed firmware per your KB article - same error.

The third unit can't keep up. Our outbound line is basically stopped: we have about 1,400 orders that have to ship by the 4pm carrier pickup today and right now we're printing maybe 60 labels an hour.

These are under the 2-year on-site service plan. I need a tech on site today, or loaner units overnighted at minimum. Serial numbers: 52J240118833 and 52J240118841.

Tom Kowalski
Operations Manager, Midwest Fulfillment LLC
(312) 555-0199 ext. 214""",
L("after_sales", "repair", "urgent", "Tom Kowalski", "3125550199", None, "4500088213", "repair"),
date="2025-03-11 08:50")

# 31 -- Taiwan, thanks only; the agent's name is not the customer's
M("zh-Hant", "b5", "q", "蔡先生 <tsai.minghung@gmail.com>", "謝謝客服小陳",
"""你好，

上禮拜冰箱門封條的問題，承蒙客服陳小姐（她說大家都叫她小陳）幫忙，隔天就安排師傅來換好了，現在冰箱門關得很緊，也不會再結霜。
小陳講話很客氣，還主動打電話回來確認，這年頭很少見了。

特地寫信來謝謝她，也麻煩幫我轉達給她的主管。
沒有其他問題，不用回覆。

蔡明宏""",
L("other", "thanks", "low", "蔡明宏", None, None, "", ""))

# 32 -- UK, meal kit suggestion, emoji
M("en", "u", "8", "Holly Jenkins <hollyjenks@hotmail.co.uk>", "Idea for the kids boxes 🙂",
"""Hiya,

Love the boxes, been with you about a year. Just a thought from a mum of three fussy eaters: would you ever do a "build your own" option for the family recipes? Like the taco night one - if the chilli and the coriander came in a separate little bag instead of already mixed into the sauce, the kids could have theirs plain and we could have ours spicy. Same with the curry ones.

Also the recipe cards - any chance of a bigger font? My mum cooks them when she babysits and she can't read the small print without her glasses 😄

Anyway, keep up the good work!
Holly x""",
L("suggestion", "feature_request", "low", "Holly Jenkins", None, None, "", ""))

# 33 -- Hong Kong, courier impersonation scam, paid by card (HTML); scammer's number and tracking are traps
M("zh-Hant", "u", "b", "Ivy Cheng <ivycheng.mk@gmail.com>", "有人扮你哋公司WhatsApp叫我過數，係咪詐騙？",
"""<div>你好，</div>
<div><br></div>
<div>今朝10點幾有個 WhatsApp 號碼 +852 5571 9024 搵我，頭像係你哋公司個 logo，話我嘅速遞包裹「地址不詳，未能派送」，要我撳條 link 補交 $18 手續費。我一時大意撳咗入去，填咗信用卡資料同埋 SMS 收到嘅驗證碼，之後即刻收到銀行通知簽咗 $4,680！</div>
<div><br></div>
<div>我已經打咗去銀行 cut 咗張卡，亦都報咗警（報案編號 MK RN 24018873）。想問：</div>
<ol>
<li>呢個號碼係咪你哋嘅？</li>
<li>我真係有一件包裹喺你哋度，追蹤號碼 QX8801235567HK，係咪真係派唔到？</li>
<li>我喺你哋網站個帳戶會唔會都已經俾人入咗？</li>
</ol>
<div>請盡快回覆，我好驚。</div>
<div><br></div>
<div>Ivy Cheng<br>手提：9661 0473</div>""",
L("emergency", "account_security", "urgent", "Ivy Cheng", "96610473", None, "", "explanation"),
html=True, date="2025-05-22 11:30")

# 34 -- Australia, game matchmaking feedback, explicitly not a complaint
M("en", "a", "7", "Liam Fraser <liamfraser.au@outlook.com>", "Ranked matchmaking feedback (not a complaint)",
"""Hey devs,

Not a complaint, not asking for anything back, just some feedback after about 40 hours of ranked since the season 6 patch.

Playing from Perth, the new "wider search" setting keeps putting me in Singapore and Tokyo lobbies at 120-180ms. I get why (more players = faster queue) but for a fighting game that's basically unplayable. I'd rather wait 3 minutes than get a 2 minute match I can't react in. Maybe show the ping before accepting?

Otherwise the patch is great, the new netcode on local matches feels really smooth.

Cheers
Liam
IGN: Fraz_Bonk""",
L("suggestion", "feedback", "low", "Liam Fraser", None, None, "", ""))

# 35 -- Taiwan, dishwasher installation booking; reply to a shipping notice with hotline and waybill
M("zh-Hant", "b5", "8", "周俊傑 <chou.cj@gmail.com>", "Re: 您的訂單已出貨通知",
"""您好，

洗碗機昨天已經送到了，箱子先放在廚房。想預約安裝，通知上寫說可以回信或打電話約時間，我上班時間不方便講電話，所以用回信的。

我家是舊公寓，廚房水槽下面的空間有量過，寬 60 公分、深 55 公分，應該放得下，但進水要接在哪裡我不太確定，需要師傅現場看。
方便的時間：週六、週日全天，或平日晚上 7 點以後。

周俊傑　0956-730-128
訂單編號：EL24060788120

-----原始郵件-----
寄件者: 家電王 出貨通知 <noreply@jiadianwang.example>
寄件日期: 2024年6月12日 上午 09:15
主旨: 您的訂單已出貨通知

親愛的顧客您好：
您的訂單 EL24060788120 已由新竹物流配送，貨運單號 8812 3456 7790。
嵌入式家電需專人安裝，請回覆本信或撥打客服專線 0800-666-123 預約安裝時間。""",
L("after_sales", "installation", "normal", "周俊傑", "0956730128", None, "EL24060788120", ""),
date="2024-06-14 12:35")

# 36 -- Canada, courier suggestion
M("en", "u", "q", "Marie-Claude Gagnon <mcgagnon@sympatico.ca>", "Suggestion for your delivery notifications",
"""Hello,

I receive a lot of parcels through your company (I run a small Etsy shop from home), and overall the service is good. One suggestion: the text message says "your parcel will arrive today" but gives no time window. Other couriers give a 2-hour window and a live map the morning of delivery. That would help a lot, because in winter I cannot leave boxes outside and I often end up driving to the depot in Laval.

It would also be helpful to be able to leave a permanent note on my address, for example "ring at the side door, the front bell doesn't work".

Thank you for considering.
Marie-Claude Gagnon""",
L("suggestion", "feature_request", "low", "Marie-Claude Gagnon", None, None, "", ""))

# 37 -- spam, lottery scam
M("en", "a", "7", "Intl Lottery Board <claims.dept@winnerz-notify.top>", "CONGRATULATIONS!!! Your Email Has Won USD $850,000.00",
"""Attention: Lucky Winner,

We are pleased to inform you that your email address was selected in our 2025 International E-mail Promotion Draw held in Madrid, Spain. You have been awarded the sum of US$850,000.00 (Eight Hundred and Fifty Thousand United States Dollars).

Your Winning Reference: EIP/88-1120/WN
Batch No: 7734/02/ZY

To claim your prize, kindly contact our claims agent Mr. Fernando Ruiz with the following details: Full Name, Address, Phone Number, Occupation and a copy of your ID. A small processing fee of US$250 is required for the release of your funds.

Email: fernando.ruiz.claims@winnerz-notify.top

Congratulations once again!
Mrs. Angela Moreno
Promotions Coordinator""",
L("other", None, "low", "Mrs. Angela Moreno", None, None, "", ""))

# 38 -- Taiwan, meal kit packaging feedback
M("zh-Hant", "b5", "b", "黃筱安 <ann.huang.tw@gmail.com>", "關於包裝的一點想法",
"""嗨！

訂你們的料理包快半年了，每週三準時到，菜色也越來越好吃，先給個讚。
不過每次拆箱都有點罪惡感：每樣食材都各自一個塑膠袋，連兩根蔥也獨立包一袋，再加上保冷劑和泡泡紙，一週下來回收桶就滿了。
想建議可以考慮：
＊蔬菜改用紙袋或可回收的盒子
＊保冷袋讓我們下次收貨時交給司機退回重複使用（押金制也沒問題）

只是一點回饋，不用特別回覆，謝謝。
筱安""",
L("suggestion", "feedback", "low", "黃筱安", None, None, "", ""))

# 39 -- out-of-office auto-reply; colleague's number is a trap; subject carries a record number
M("en", "a", "7", "Priya Natarajan <priya.natarajan@lumenhealth.in>",
"Automatic reply: Your support request has been received [Ref 202503-0871]",
"""Thank you for your email.

I am currently out of the office on annual leave from 17 March to 28 March 2025 with limited access to email. Your message will not be forwarded.

For urgent matters regarding the Lumen Health clinic software rollout, please contact my colleague Arjun Mehta at arjun.mehta@lumenhealth.in or +91 98201 55374.

For invoice and payment queries please write to accounts@lumenhealth.in.

Best regards,
Priya Natarajan
Procurement Lead, Lumen Health Pvt Ltd""",
L("other", None, "low", "Priya Natarajan", None, None, "", ""),
date="2025-03-17 09:02")

# 40 -- Hong Kong, birthday cake not delivered, party at 7 pm tonight (HTML)
M("zh-Hant", "u", "8", "鄧嘉敏 <carmen.tang.km@gmail.com>", "今晚7點生日派對，蛋糕仲未到！！",
"""<div dir="ltr">
<p>你好！</p>
<p>我上星期訂咗一個 8 吋嘅生日蛋糕，訂單號碼 <b>CK-240930-1187</b>，揀咗今日（10月5日）下晝 2點至4點送去尖沙咀。而家已經 4 點半，蛋糕都未到，打你哋熱線打咗三次都係留言信箱，WhatsApp 又冇人覆。</p>
<p>今晚 7 點喺餐廳幫我阿媽做 70 歲生日，已經同所有親戚講咗有蛋糕，你哋咁樣真係好離譜！！</p>
<p>請即刻話我知蛋糕而家喺邊、幾點送到。如果 6 點前都送唔到，我要全數退款，同埋要一個解釋。</p>
<p>鄧嘉敏<br>9877&nbsp;2056</p>
</div>""",
L("complaint", "delivery_delay", "urgent", "鄧嘉敏", "98772056", None, "CK-240930-1187", "refund explanation"),
html=True, date="2024-10-05 16:35")

# 41 -- US, airline loyalty account taken over, miles redeemed for tonight's flights
M("en", "u", "b", "Stephanie Park <steph.park.nyc@gmail.com>", "Someone used my miles - got login alert from another country",
"""Hello,

At 3:12 this morning I got an email saying "New sign-in to your SkyRewards account from Lagos, Nigeria". I was asleep in New York. When I logged in just now, 85,000 miles are gone - redeemed for two one-way tickets JFK to London for tonight, under names I don't recognize (confirmation codes R8TQ4L and R8TQ4M). The email address on my profile had also been changed to some gmail I've never seen. I only got back in because I was still logged in on the app.

I've changed my password. Please:
1) cancel those two tickets before the flight tonight and put my miles back
2) lock the account and tell me what else was changed
3) call me - I've been on hold for 50 minutes on your phone line

SkyRewards number: 4420118736
Phone: 917-555-0163

Stephanie Park""",
L("emergency", "account_security", "urgent", "Stephanie Park", "9175550163", "4420118736", "R8TQ4L R8TQ4M", "refund explanation callback"),
date="2025-04-09 07:30")

# 42 -- misdirected mail meant for a landlord ("not urgent", "leaking" are not for us)
M("en", "u", "8", "Gary Thompson <gthompson64@aol.com>", "Leaking tap in flat 3B",
"""Hi Sandra,

Just to let you know the kitchen tap in 3B has started dripping again, same as last spring. It's not urgent but it's getting worse, there's a constant drip now and the cupboard underneath is damp. Could you send Kevin round sometime next week? I'm in most afternoons after 2.

Also the rent for April went out on Friday, let me know if it hasn't come through.

Cheers,
Gary
07912 448 301""",
L("other", None, "low", "Gary Thompson", "07912448301", None, "", ""),
date="2025-04-07 18:20")

# 43 -- Taiwan, how to set the e-invoice carrier in the app; one-liner
M("zh-Hant", "b5", "q", "劉志明 <liu.chihming@gmail.com>", "發票載具怎麼綁",
"""請問 App 裡面要怎麼把手機條碼載具設成預設？我找了半天只看到「會員條碼」，每次結帳都要重打一次 /XY7Q9+K 很麻煩。
謝謝

劉志明""",
L("inquiry", "how_to", "low", "劉志明", None, None, "", ""))

# 44 -- Australia, courier driver threw a parcel and was rude
M("en", "a", "q", "Sharon Mitchell <sharon.mitchell@iinet.net.au>", "Your driver",
"""To whom it may concern,

At about 11:20 today your driver delivered a parcel to my house in Joondalup (tracking AP 7731 0092 5548). I was in the front garden and watched him throw it over my gate from the van window. It landed on the concrete. When I called out, he told me to "get a bigger letterbox then" and drove off laughing.

The parcel was a ceramic lamp base and it is now in three pieces. The sender says I need to lodge the damage with you, fine, I will, but I am writing first about the driver's behaviour, which was disgraceful. I am 71 and I do not appreciate being spoken to like that.

I want an apology, and I want to know that something will be said to him. The van was white with your logo, rego 1HXK 442.

Sharon Mitchell
(08) 9300 4471""",
L("complaint", "service_attitude", "normal", "Sharon Mitchell", "0893004471", None, "", "apology explanation"),
date="2024-08-21 15:10")

# 45 -- overseas Chinese in Vancouver, hotel booking charged twice? calm question
M("zh-Hant", "u", "q", "羅慧君 <grace.lo.van@shaw.ca>", "訂房扣款兩次？",
"""您好，

我上週透過貴網站訂了台北的飯店（3晚，12/20入住），訂房編號 HB7730215。今天看信用卡帳單，發現同一天有兩筆一模一樣的扣款，各 CAD 612.48。

不確定是不是其中一筆只是預授權，之後會自動取消？還是真的重複扣款了？麻煩幫我查一下，如果真的是重複扣款，再請協助退回其中一筆。

我人在溫哥華，有時差，email 聯絡最方便，電話是 604-555-0187。

謝謝！
羅慧君""",
L("inquiry", "billing", "normal", "羅慧君", "6045550187", None, "HB7730215", "explanation refund"),
date="2024-12-04 09:40")

# 46 -- Philippines, fashion order for a debut three weeks late, wants refund
M("en", "u", "8", "Kristine Mae Santos <kmsantos.0215@gmail.com>", "where is my order?? its been 3 weeks",
"""Hello,

I order a dress and shoes last Sept 28 for my sister debut, order no. FS-PH-2024-660193, you said delivery is 5-7 working days only for Metro Manila. Now is already 3 weeks and still not arrive, the tracking is stuck in "in transit - Pasig hub" since Oct 4. I message already your FB page 2 times they just say "please wait for update", no update at all.

The debut is already finish last saturday, i have to buy another dress in the mall because of this. Very disappointing because I always recommend your shop to my friends.

Please cancel my order and refund me the full amount 3,450 pesos. Or if the parcel still come, I will refuse it.

Kristine Mae Santos
0917 845 2231""",
L("complaint", "delivery_delay", "normal", "Kristine Mae Santos", "09178452231", None, "FS-PH-2024-660193", "refund"),
date="2024-10-21 20:05")

# 47 -- newsletter from another company landing in the support inbox (HTML)
M("en", "u", "q", "Wanderlust Weekly <news@mail.wanderlustweekly.com>", "48-hour flash sale: Bali from $599 + your October travel picks",
"""<html><body style="font-family:Arial,sans-serif">
<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="padding:20px;background:#0b5f73;color:#ffffff"><h1 style="margin:0">Wanderlust Weekly</h1><p style="margin:4px 0 0">Issue #142 &middot; October 2024</p></td></tr>
<tr><td style="padding:20px">
<h2>&#9992; 48-hour flash sale</h2>
<p>Return flights to Bali from <b>$599</b>, Tokyo from <b>$689</b> and Queenstown from <b>$720</b>. Book by midnight Thursday &ndash; travel November to March.</p>
<p><a href="https://wanderlustweekly.com/deals?utm_source=nl142">See all deals &rarr;</a></p>
<h2>Your October picks</h2>
<ul>
<li>Kyoto in autumn: 5 temples without the crowds</li>
<li>Road-tripping the Great Ocean Road on a budget</li>
<li>Is travel insurance worth it for a weekend away?</li>
</ul>
<p style="font-size:11px;color:#888888">You are receiving this email because you signed up at wanderlustweekly.com. <a href="https://wanderlustweekly.com/unsubscribe?id=88f1c2">Unsubscribe</a> &middot; <a href="https://wanderlustweekly.com/prefs">Update preferences</a><br>Wanderlust Media Pty Ltd, Level 3, 88 George St, Sydney NSW 2000</p>
</td></tr>
</table>
</body></html>""",
L("other", None, "low", None, None, None, "", ""),
html=True, date="2024-10-01 06:00")

# 48 -- vendor pitch, AI helpdesk tool
M("en", "a", "7", "Kyle Brennan <kyle@replyflow.io>", "Cut your support ticket volume by 40%?",
"""Hi there,

I came across your contact page while researching furniture retailers in the Pacific Northwest and noticed your team still answers email inquiries by hand.

ReplyFlow is an AI assistant that plugs into your helpdesk and drafts replies to order-status, returns and delivery questions automatically. Teams like Oakhaven Home and Larkspur Living cut first-response time from 9 hours to under 10 minutes in their first month.

Would you be open to a 15-minute call next Tuesday or Wednesday? Here's my calendar: https://cal.replyflow.io/kyle

If this isn't relevant, just reply "no thanks" and I won't follow up.

Best,
Kyle Brennan
Account Executive, ReplyFlow""",
L("other", None, "low", "Kyle Brennan", None, None, "", ""))

# 49 -- Scotland, travel insurance cover question, nothing bought yet
M("en", "a", "b", "Fiona MacLeod <fiona.macleod@gmail.com>", "Does the Explorer policy cover scuba diving?",
"""Hello,

I'm looking at your Explorer annual travel insurance and can't find a clear answer in the policy wording. Does it cover scuba diving, and if so to what depth? I'm PADI Advanced so I'd normally go to 30m. Also, is there an upper age limit for the annual policy? My husband is 69.

We haven't bought anything yet, just comparing.

Many thanks,
Fiona MacLeod""",
L("inquiry", "product_info", "low", "Fiona MacLeod", None, None, "", ""))

# 50 -- US, bed frame paid assembly never scheduled
M("en", "u", "8", "Brandon Hughes <bhughes.atx@gmail.com>", "Assembly for bed frame - order 2024-TX-558102",
"""Hey,

My Aspen king bed frame got delivered Tuesday, order 2024-TX-558102. I paid the extra $99 for assembly at checkout but the delivery guys just dropped the boxes in the garage and said assembly is "a separate team" who would call me. Nobody's called.

Can you get the assembly scheduled? Weekdays after 5 or anytime Saturday works. We're sleeping on a mattress on the floor right now so sooner is better, lol.

Brandon
512-555-0136""",
L("after_sales", "installation", "normal", "Brandon Hughes", "5125550136", None, "2024-TX-558102", ""),
date="2024-11-14 19:45")
