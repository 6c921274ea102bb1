# fresh6 slice q: Traditional Chinese (TW/HK) + English, written by hand.

# ---------------------------------------------------------------- inquiry

M("zh-Hant", "b5", "b", "林冠宇 <kuanyu.lin0817@gmail.com>", "請問舊主機的數位遊戲要怎麼搬到新的PS5 Pro",
"""您好：

想請教幾個問題，先謝謝回覆。

我家裡現在有一台PS5（光碟版，大概2021年買的），裡面有四十幾款數位版遊戲，
有些是特價時買的，有些是朋友送的禮物卡兌換的。最近想換PS5 Pro，舊機打算給我弟弟用。

1. 新主機登入同一個帳號之後，是不是所有買過的遊戲都可以直接重新下載？還是要一款一款在商店裡面找？
2. 存檔要怎麼搬？我沒有訂閱PS Plus，所以應該沒有雲端存檔……聽說可以用網路線直接對傳，是真的嗎？大概要多久？
3. 舊機要不要先把「主要主機」的設定關掉？我弟弟會用他自己的帳號，這樣他還能玩我買的遊戲嗎？
4. 舊機有插一顆外接SSD，可以直接拔過去新機用嗎？

因為網路上的說法都不太一樣，想跟官方確認一下比較放心。

林冠宇""",
L("inquiry", "how_to", "low", "林冠宇", None, None, "", ""),
date="2024-11-18 22:41")

M("zh-Hant", "u", "q", "陳嘉偉 <kelvin.chan@teaholic.hk>", "查詢黑糖珍珠及奶精供貨",
"""你好，

我哋係荃灣一間新開嘅茶飲店（茶aholic），預計十二月中開業，而家搵緊長期供應商，朋友介紹話你哋做開好多加盟店，所以想問下：

1. 黑糖珍珠（急凍定常溫？）每箱幾多包、每包幾重、開封後可以放幾耐？
2. 有冇植脂奶精同鮮奶茶用嘅奶粉，有冇無反式脂肪嘅選擇？
3. 最低訂貨量係幾多？送唔送貨去荃灣／葵涌，定要自己嚟攞？
4. 你哋嘅產品有冇HACCP或者ISO22000證書？食環署發牌嗰陣可能要睇。
5. 有冇價錢表可以email畀我？

如果可以寄少少樣辦試味就最好，我哋可以畀運費。

唔該晒！

陳嘉偉 (Kelvin)
茶aholic 創辦人
手提：9786 2231""",
L("inquiry", "product_info", "low", "陳嘉偉", "97862231", None, "", ""),
date="2024-10-29 15:07")

M("zh-Hant", "b5", "8", "張淑芬 <sufen.chang@yahoo.com.tw>", "Re: 【訂單成立通知】電熱水器訂單 EH20241107315",
"""您好，

我是上禮拜在官網訂了一台12加侖儲熱式電熱水器的張小姐，訂單編號 EH20241107315。

下面這封通知信寫說「專業安裝人員將於3個工作天內與您聯繫預約安裝時間」，
可是到今天已經第五天了都還沒有人打給我。我不是要抱怨啦，可能是你們最近比較忙，
只是想確認一下訂單是不是有成立、大概什麼時候會有師傅跟我約？

我白天在上班，接電話比較方便的時間是中午12點到1點，或晚上7點以後。
我的手機 0935-218-604，地址是桃園市中壢區，訂單裡面應該都有。

謝謝！
張淑芬

> 親愛的顧客您好：
>
> 感謝您的訂購！您的訂單 EH20241107315 已成立。
> 商品：儲熱式電熱水器 12加侖（含基本安裝）
> 專業安裝人員將於3個工作天內與您聯繫預約安裝時間。
>
> 如有任何問題，歡迎來電客服專線 0800-091-555（週一至週五 9:00-18:00）
> 本信件由系統自動發送，請勿直接回覆。""",
L("inquiry", "order_status", "normal", "張淑芬", "0935218604", None, "EH20241107315", "callback"),
date="2024-11-14 08:52")

M("zh-Hant", "u", "b", "黃太 <mrswong.lk@netvigator.com>", "十月份賬單漫遊收費",
"""你好，

我係黃太，客戶編號 C52240918，手機號碼 6123 4587。

想查詢一下十月份張賬單。我十月尾同屋企人去咗日本五日，出發前喺你哋個app買咗「日本漫遊日費計劃」，每日$48，五日應該係$240左右。但係張單「漫遊數據」嗰度寫$688，另外仲有一項「漫遊通話」$96。

我唔係好識睇，唔知係咪我自己搞錯咗啲咩，例如第一日落機未啟動個計劃就已經用咗數據？定係個計劃其實唔包某啲服務？通話嗰項我記得有一次打返香港俾個女，大概講咗幾分鐘。

麻煩你哋幫我睇睇點計出嚟，如果係我自己用多咗我會照畀，只係想搞清楚。

多謝
黃太""",
L("inquiry", "billing", "normal", "黃太", "61234587", "C52240918", "", "explanation"),
date="2024-11-06 10:18")

M("zh-Hant", "u", "8", "Ting <ting_0912@hotmail.com>", "會籍可以暫停嗎？",
"""哈囉您好～

我是信義店的會員，會員編號 G0018824，目前是兩年約，還剩大概十個月。
公司明年2月要派我去日本出差兩個月，想問：

- 會籍可以申請暫停（凍結）嗎？最長可以停多久？要收手續費嗎？
- 暫停期間月費是不是就不用扣？
- 如果不能暫停，可以轉讓給我朋友嗎？轉讓要準備什麼？

先問清楚再決定，謝謝！

陳怡婷""",
L("inquiry", "policy", "low", "陳怡婷", None, "G0018824", "", ""),
date="2025-01-08 12:33")

M("en", "a", "7", "Rahul Menon <rahul.menon88@outlook.com>", "parcel stuck at Kwai Chung?",
"""Hi there,

My parcel (waybill 7781 2290 4415) has been showing "Arrived at sorting hub - Kwai Chung"
since last Thursday, so 5 days now with no movement. It is a pair of running shoes from an
online shop, their order number is #HK5520981 if that helps you find it.

Is it stuck, or is there a customs issue, or is it just busy? I'm not in a hurry exactly,
I'd just like to know whether I should expect it this week or ask the shop to resend.

Delivery address is in Tsuen Wan. You can reach me on +852 5432 1098.

Thanks,
Rahul Menon""",
L("inquiry", "logistics", "normal", "Rahul Menon", "54321098", None, "HK5520981", "explanation"),
date="2025-03-17 19:26")

M("en", "u", "q", "Marta Kowalska <marta.kowalska@wp.pl>", "Question about Oslo sofa - size and cover",
"""Hello,

I am interesting in the Oslo 3-seat sofa from your website (the one in fabric, not the leather).
Before I order I have few questions please:

- The website says depth 92 cm but I don't see the height of the back. My apartment door is only
  78 cm wide and the corridor is narrow, will the sofa pass? Can the legs and arms be taken off?
- Is the cover removable and can I wash it in the machine? I have a cat, so it is important :)
- The colour "stone grey", is it more warm grey or blue grey? On my screen it looks different
  in every picture.
- Do you deliver to the 5th floor without lift, and is there extra cost for that?

Thank you very much,
Marta Kowalska""",
L("inquiry", "product_info", "low", "Marta Kowalska", None, None, "", ""),
date="2024-09-02 21:14")

M("en", "a", "7", "Daniel Chen <dchen.hk@gmail.com>", "transfer limit + sub account",
"""hi, 2 quick questions on the wallet app

1. where do i change the daily transfer limit? i want to lower it to 2000, cant find it in settings
2. can i add my daughter (15) as a sub account so i can top up her wallet from mine?

thx
Daniel""",
L("inquiry", "how_to", "low", "Daniel Chen", None, None, "", ""),
date="2025-02-11 07:58")

M("en", "u", "q", "Priya Ramaswamy <priya.r@brewlabcoffee.com.hk>", "Pricing query - PO250311 oat milk",
"""<html><body>
<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Dear Accounts Team,</p>
<p>I hope you are well. We have received the invoice for our purchase order <b>PO250311</b> (delivered to our Sheung Wan and Quarry Bay outlets on 14&nbsp;March) and I would be grateful if you could clarify one line.</p>
<p>The barista oat milk (1L x 12) has been billed at HK$26.00 per carton. Our supply agreement renewed in January lists it at HK$22.50 per carton for orders above 40 cases, and this order was 48 cases. The difference comes to HK$2,016.00.</p>
<p>It may simply be that the new price list has not been loaded for our account yet &ndash; could you please check and let me know whether a credit note will be issued, or whether I have misread the agreement? We would like to settle the invoice before month end.</p>
<p>Our customer ID is HKC00931.</p>
<p>Kind regards,<br>
Priya Ramaswamy<br>
Procurement &amp; Supply Manager<br>
Brewlab Coffee Ltd.<br>
T: +852 2561 8830 ext. 215</p>
</div>
</body></html>""",
L("inquiry", "billing", "normal", "Priya Ramaswamy", "25618830", "HKC00931", "PO250311", "explanation"),
html=True, date="2025-03-20 11:42")

# ---------------------------------------------------------------- complaint

M("zh-Hant", "u", "8", "Cheryl Ho <cherylho.hk@gmail.com>", "旺角分店教練態度",
"""你好，

我係你哋旺角分店會員，會員號碼 FT220871。我真係忍咗好耐先寫呢封信。

上星期四（21號）晚上大概八點，我做完器械去更衣室，有個男教練（胸牌寫 Jason）一路跟住我講私人教練套餐，我講咗三次「唔使喇，唔該」，佢仲企喺女更衣室門口等我出嚟，繼續講。最離譜係佢講咗句「你咁嘅身形唔請教練都係白做」，旁邊仲有幾個會員聽到，我當時真係好尷尬。

之後呢個星期已經有兩個唔同嘅「會籍顧問」打電話嚟推銷，我都話咗唔需要。

我交錢係嚟做運動，唔係嚟俾人評頭品足。我要求：
1. 分店經理正式向我道歉；
2. 停止再打電話同send WhatsApp推銷俾我。

如果有需要可以打 6398 2207 搵我。

何小姐 Cheryl""",
L("complaint", "service_attitude", "normal", "Cheryl Ho", "63982207", "FT220871", "", "apology"),
date="2024-11-27 23:05")

M("zh-Hant", "b5", "q", "吳建宏 <wu.jh1975@gmail.com>", "第三次來信！實木餐桌延遲一個月 再不處理我就找消保官",
"""客服您好（其實已經不想好了）：

這是我第三次寫信，電話也打了四次，每次都是「下週一定會出貨」。

10月2日在你們內湖門市訂了一張胡桃木實木餐桌加六張椅子，訂單編號 FN11302458，
當場付了訂金兩萬元。當時業務跟我保證10月20日前一定送到，因為我們家11月初要請親戚吃飯。
結果親戚飯局已經過了，今天11月15日，桌子連影子都沒有。

上次打電話的小姐說是工廠缺料，問她缺什麼料、什麼時候有，她說不知道；
再問能不能給我工廠出貨的日期，她說要「再幫我反映」。反映了三個禮拜，沒有一個人回電。

我的要求很簡單：
一、三天內給我確定的送貨日期並送到，延遲的部分要有合理補償；
二、如果做不到，全額退還兩萬元訂金。

週一前沒有書面答覆，我會直接向消保官申訴，也會把整個過程PO到爆料公社。

吳建宏
市話 (02)2946-7718

-----原始郵件-----
寄件者: 吳建宏 <wu.jh1975@gmail.com>
寄件日期: 2024年10月28日 下午 09:12
主旨: 餐桌什麼時候送？

你好，我10/2訂的餐桌（訂單 FN11302458）原本說10/20前送到，到現在都沒消息，
麻煩告訴我確定的日期，謝謝。""",
L("complaint", "delivery_delay", "urgent", "吳建宏", "0229467718", None, "FN11302458", "refund compensation"),
date="2024-11-15 21:47")

M("zh-Hant", "u", "b", "梁志偉 <leungcw.sz@qq.com>", "查詢",
"""你好，

琴日（3月4號）你哋送一個包裹去我屋企，運單號 SF1409937715208。我完全冇收到任何電話或者短訊通知，係鄰居同我講先知道個箱放咗喺後樓梯，成個角都扁咗。

入面係兩個玻璃相架，一個已經碎晒。寄件人係我深圳嘅表妹，佢寄之前包得好好，仲有寫「易碎」。

我想問：
- 點解可以唔通知就擺喺後樓梯？如果俾人拎走咗點算？
- 相架碎咗你哋點處理？

我唔係話一定要你哋賠好多錢，但係你哋至少要解釋清楚，同埋碎咗嗰個要有個交代。相片我已經影低晒。

我平時喺深圳返工，打呢個號碼搵我：+86 139 2874 5561

梁生（梁志偉）""",
L("complaint", "logistics", "normal", "梁志偉", "13928745561", None, "", "explanation compensation"),
date="2025-03-05 13:20")

M("zh-Hant", "u", "8", "台南東寧店 蔡佩君 <tainan.dongning@gmail.com>", "1/14訂貨 東西送錯了",
"""供應部您好，

我們是台南東寧加盟店（加盟店編號 F2024035），1月14日在加盟主訂貨平台下的單，訂貨單號 SP2501140087，今天早上到貨，打開發現：

1. 訂的是「波霸粉圓 3kg x 6包」，送來的是「椰果 3kg x 6包」，我們店根本沒有賣椰果的品項。
2. 「錫蘭紅茶葉 600g x 4」只來了2包，出貨單上卻寫4包。
3. 冰糖漿是對的。

粉圓目前庫存還可以撐兩天，所以還不到斷貨，但是週末一定不夠。
麻煩儘快把正確的粉圓和少的兩包紅茶補寄過來，椰果請安排物流收回，我們不要。

每次送錯都要我們自己拍照、打電話、等回收，真的很浪費時間，希望倉庫出貨前可以再確認一下。

蔡佩君
台南東寧店 店長
電話：06-235-8117""",
L("complaint", "wrong_item", "normal", "蔡佩君", "062358117", "F2024035", "SP2501140087", "exchange"),
date="2025-01-16 10:05")

M("zh-Hant", "u", "q", "鄭國強 <raymondcheng@biznetvigator.com>", "RE: 個案編號 202411-0932 漫遊重複收費（第三次跟進）",
"""你好，

我已經係第三次寫嚟，今次我唔想再聽「已經轉交相關部門」。

我嘅客戶編號 C1207765，手提 9012 3378。九月份去台灣公幹，漫遊數據月費計劃同「按用量收費」兩樣都收咗一次，重複扣咗 $1,380。十月份你哋同事電郵（見下面）講明會喺十一月賬單退返，結果十一月張單一蚊都冇退，仲多咗$38「逾期行政費」——因為我拒絕俾重複收嗰筆錢！

我要求：
1. 七日內退返重複收費 $1,380，同取消個 $38 行政費；
2. 書面道歉；
3. 唔好再叫我打熱線等45分鐘。

如果下星期一之前都未處理，我會直接去消委會投訴，同時向通訊事務管理局舉報。

鄭國強

-----Original Message-----
From: 客戶服務部 <cs@hkmobile-care.com>
Sent: Tuesday, October 22, 2024 4:31 PM
To: raymondcheng@biznetvigator.com
Subject: RE: 個案編號 202411-0932 漫遊重複收費

鄭先生您好：

多謝閣下來信。經查核，閣下九月份漫遊收費確有重複，我們已安排於下期賬單回撥款項。
如有查詢，請致電客戶服務熱線 1000 或 2888 1010。

客戶服務部 陳小姐""",
L("complaint", "billing", "urgent", "鄭國強", "90123378", "C1207765", "", "refund apology"),
date="2024-11-21 09:37")

M("en", "a", "7", "Tom Brierley <tbrierley@fastmail.com>", "controller #2 drifting, shocking",
"""Hello,

Just wanted to say congratulations: you've managed to sell me TWO controllers that develop stick
drift in under four months. Impressive consistency.

First one (order #48829103, bought with the console in June) started drifting left in August. Your
warranty team swapped it, fine. The replacement started doing exactly the same thing last week,
so now my character walks into walls in every game without me touching anything. I've done the
recalibration, cleaned it, updated firmware, the lot.

I'm not asking for a third replacement because I have zero faith it'll be any different. What I
want is (a) someone to explain whether this is a known defect in this batch, and (b) my money back
for the controller so I can buy a different brand.

Tom Brierley""",
L("complaint", "product_quality", "normal", "Tom Brierley", None, None, "48829103", "explanation refund"),
date="2024-10-09 20:03")

M("en", "l1", "q", "Jürgen Weiß <j.weiss@posteo.de>", "Wrong colour bookcase delivered (Order No. 2291847)",
"""Good day,

Yesterday I received the bookcase "Nordby" from your company, order No. 2291847. I have ordered
the colour light oak (to match the desk I bought from you before), but what arrived is dark walnut.
The box is also labelled walnut, so I think it is a mistake in your warehouse, not in the factory.

I told this to the delivery man and he only said "not my problem, call customer service" and left
the box in the hall. I tried to call but waited 20 minutes and then the line was cut.

I did not open the inner packaging. Please exchange it for the light oak version as I ordered, and
collect the wrong one. I am at home most evenings after 18:00 and on Saturdays.

Mobile: 0958-112-436

Mit freundlichen Grüßen / Best regards
Jürgen Weiß""",
L("complaint", "wrong_item", "normal", "Jürgen Weiß", "0958112436", None, "2291847", "exchange"),
date="2024-12-03 08:19")

M("en", "u", "8", "Siobhan Murphy <siobhan.murphy.hk@gmail.com>", "Re: Your enquiry about roaming charges",
"""This is the THIRD time I am writing about this and frankly I've had enough.

I was charged HK$4,960 in roaming data for a 4-day trip to Singapore in November even though I
bought your 7-day Asia roaming pass (HK$198) BEFORE I left — the confirmation SMS is still on my phone.
Your "Customer Care" reply below tells me to call the hotline. I've called the hotline twice, been
on hold for 40+ minutes each time, and been told both times that "a case has been raised". Nobody
has ever called me back.

Customer ID: CUST0098123
Mobile: +852 9345 6721

I want the HK$4,960 reversed and a written explanation of how your system managed to ignore a pass
I paid for. If this isn't sorted by Friday I'm taking it to the Consumer Council, and my solicitor
has already said he is happy to write to you.

Siobhan Murphy

On Tue, 3 Dec 2024 at 10:14, Customer Care <care@lionmobile.com.hk> wrote:
> Dear Customer,
>
> Thank you for contacting us regarding your roaming charges. For billing disputes, please call
> our hotline on 2888 1010 (option 3) so that our billing specialists can assist you.
>
> Kind regards,
> Customer Care Team""",
L("complaint", "billing", "urgent", "Siobhan Murphy", "93456721", "CUST0098123", "", "refund explanation"),
date="2024-12-10 14:55")

M("en", "a", "7", "Grace Liu <graceliu.tw@gmail.com>", "your driver",
"""Your driver just THREW my parcel over my front gate from the van window, it landed in a puddle.
When I came out and asked him why he didn't ring the bell he swore at me and drove off.
Waybill TW889120347561, today around 3:40pm, Da'an district.

Nothing inside seems broken (it was clothes, luckily) but that is not the point. I want an apology
and I want you to tell this driver that this is not acceptable.

Grace Liu
0916 223 045""",
L("complaint", "service_attitude", "normal", "Grace Liu", "0916223045", None, "", "apology"),
date="2025-04-22 16:12")

M("en", "u", "b", "Wang Lei <wanglei_hk2023@163.com>", "Fw: gas stove delivery when?",
"""Hello customer service,

I write again because nobody answer my first email (below). I order the 2 burner gas stove on
your website on 18 Feb, website say "delivery in 3 working days". Today is already 2 March, 12 days,
still no stove, no call, no SMS. The order page only say "processing" since first day.

My family now cook with one small electric pot only, it is very inconvenient. Please tell me the
exact delivery date. I don't want to hear "soon" again.

My phone (mainland number, I can receive in HK): +86 186 2190 3374

Wang Lei

---------- Forwarded message ----------
From: Wang Lei <wanglei_hk2023@163.com>
Date: 2025-02-25 21:08
Subject: gas stove delivery when?
To: service@homeflame.com.hk

Hello, my order is #HS2025021833, 2 burner gas stove, paid already. When will you deliver? Thank you.""",
L("complaint", "delivery_delay", "normal", "Wang Lei", "18621903374", None, "HS2025021833", "explanation"),
date="2025-03-02 18:40")

# ---------------------------------------------------------------- after_sales

M("zh-Hant", "b5", "8", "王志明 <chihming.wang@hinet.net>", "熱水器安裝預約",
"""您好，

我上週六在板橋門市買了一台你們的電熱水器（20加侖，直立式），訂單號碼 A113250872，
機器昨天已經送到家裡了，可是送貨的人說安裝要另外跟客服約。

想麻煩安排師傅來安裝，順便把舊的瓦斯熱水器拆走（門市說拆舊機可以代為處理，費用另計沒關係）。
地址：新北市板橋區文化路一段，詳細地址訂單上有。
我平日要上班，最好是週六或週日，上午下午都可以。

請師傅出發前先打給我：０９１０－５５６－７８２

謝謝
王志明""",
L("after_sales", "installation", "normal", "王志明", "0910556782", None, "A113250872", "callback"),
date="2024-08-19 20:30")

M("zh-Hant", "u", "q", "麥浩然 <hoyin.mak@gmail.com>", "Re: 遊戲機維修申請 — HDMI 冇畫面",
"""你好，

跟進返上星期嘅查詢。我已經照你哋講試咗換HDMI線、換電視、重設咗安全模式，都係冇畫面，部機開到機（白燈），但係電視完全冇訊號。我懷疑係HDMI port鬆咗，用手輕輕撳住條線有時會閃一閃畫面。

部機係今年四月喺你哋觀塘店買嘅，單號 GC882013，仲喺一年保養期內。機身序號 S01-F2251873A。

想安排送修，最好有上門收機服務，因為我平日返工冇時間拎去服務中心。聽日之後一星期內都得。

我電話 5677 1093，WhatsApp都得。

麥浩然

> 麥先生您好，
> 多謝閣下查詢。請先嘗試以下步驟：更換HDMI線、以安全模式重設主機。
> 如問題持續，請致電維修中心熱線 3188 2020，或聯絡負責技術員李師傅（9620 4417）安排檢查。
> 遊戲機客戶服務部""",
L("after_sales", "repair", "normal", "麥浩然", "56771093", None, "GC882013", "repair"),
date="2024-09-24 21:16")

M("zh-Hant", "u", "8", "李雅雯 <yawen.lee@outlook.com>", "申請退貨（七天鑑賞期內）",
"""<html><body>
<div>您好：</div>
<div><br></div>
<div>我在 4/5 於貴公司網站購買「Milano 三人座貓抓布沙發（燕麥色）」，訂單編號 HM20250405117，4/9 送達。</div>
<div><br></div>
<div>放進客廳之後發現實際尺寸比想像中大很多，擋到陽台的門；另外拆封後有一股很重的膠味，開窗放了三天還是很明顯，家裡有小孩有點擔心。</div>
<div><br></div>
<div>目前還在七天鑑賞期內（今天 4/12），沙發沒有使用、保護膜也都還在，原包裝紙箱我有留著。想申請<b>退貨退款</b>，麻煩告訴我收回的時間與流程。</div>
<div><br></div>
<div>聯絡電話：+886 (0)953-771-205</div>
<div>李雅雯 敬上</div>
</body></html>""",
L("after_sales", "return", "normal", "李雅雯", "0953771205", None, "HM20250405117", "return refund"),
html=True, date="2025-04-12 17:48")

M("zh-Hant", "u", "8", "蘇詠詩 Winsy <winsy.so@icloud.com>", "會籍退款申請（移民）",
"""Hello，

我係蘇詠詩，會員編號 PF00392817，喺你哋銅鑼灣分店買咗24個月會籍，一次過俾咗錢，用咗8個月。

因為我哋全家下個月尾移民去加拿大，之後都唔會再返香港長住，所以想申請退返未用嘅16個月會費。我睇過合約條款第9條，話「因移居海外可申請按比例退款」，需要提供證明，我已經有：
- 加拿大永久居民確認信（COPR）
- 機票行程單

要email定係要親身拎去分店？退款大概要幾耐，會唔會退返去原本張信用卡？張卡我之後會cancel，可唔可以轉去銀行戶口？

麻煩你哋回覆，多謝！
電話：+852 6021 7788

Winsy""",
L("after_sales", "refund", "normal", "蘇詠詩", "60217788", "PF00392817", "", "refund"),
date="2025-05-06 11:22")

M("zh-Hant", "b5", "b", "邱美玲 <meiling.chiu@gmail.com>", "瓦斯爐右邊點不著",
"""客服先生小姐您好，

我是台中的邱太太。前年十一月在你們家買的嵌入式雙口瓦斯爐，最近右邊那一口一直點不著火，
轉開關的時候一直「喀、喀、喀」在打火，就是沒有火出來，要試十幾次才會著，有時候著了一下又熄掉。
左邊那一口正常。

先說明，沒有聞到瓦斯味，也沒有漏氣的聲音，我兒子有拿肥皂水幫我檢查過管子，都沒有冒泡泡。
應該是點火的地方壞了？電池也換新的了。

保固卡上面寫保固兩年，現在算起來還差一個多月才到期，想麻煩你們派師傅來修理。
保固卡上的機身號碼是 GS-2T0781224。

電話（家裡）：(04) 2236-5120，白天都有人在。

邱美玲""",
L("after_sales", "warranty", "normal", "邱美玲", "0422365120", None, "", "repair"),
date="2024-10-02 09:40")

M("en", "u", "8", "Kenny Lam <kenny@bobalab.hk>", "URGENT sealing machine dead - Mong Kok shop opens 11am",
"""Hi,

Our cup sealing machine (the one we rented from you with the franchise package, model SP-990)
stopped heating this morning. Display turns on, the film feeds, but the plate stays cold and nothing
seals. I've switched it off and on, checked the fuse, nothing.

It's 8:40 now and we open at 11am. Without sealing we can't do delivery orders at all (Foodpanda /
Deliveroo are 60% of our weekday sales). Can you send a technician this morning, or at least lend us a
spare machine until it's fixed?

Franchise ID: HKF0217
Shop: Boba Lab, Sai Yeung Choi St South, Mong Kok
Please call me asap on 9123 8844.

Kenny Lam
Shop Manager""",
L("after_sales", "repair", "urgent", "Kenny Lam", "91238844", "HKF0217", "", "repair callback"),
date="2025-06-14 08:41")

M("en", "l1", "8", "Chloé Martin <chloe.martin@laposte.net>", "Exchange white console bundle for black?",
"""Hello,

I bought the console + 2 controllers bundle in white last Saturday in your Causeway Bay shop
(order number 55093381). It was supposed to be a present for my nephew but my sister just told me he
really wants the black one, because all his friends have black... kids :)

The box is still sealed, I have not even removed the plastic. Is it possible to exchange it for the
same bundle in black? I can bring it to the shop this weekend if you tell me they have it in stock.
The price is the same, I think.

Merci beaucoup,
Chloé Martin""",
L("after_sales", "exchange", "normal", "Chloé Martin", None, None, "55093381", "exchange"),
date="2024-12-16 13:05")

M("en", "a", "7", "Marcus Yeo <marcus.yeo@gmail.com>", "Refund for unused PT sessions - Member ID 00783321",
"""Hi team,

I prepaid a 20-session personal training package in March (HK$14,800). I've used 6 sessions.
Three weeks ago I tore a ligament in my knee playing football and my orthopaedic surgeon says no
weight training for at least 6 months, probably more after the operation. Medical certificate attached.

Could you please refund the 14 unused sessions? I'm happy for you to deduct any admin fee that
applies. My trainer Alvin at the Quarry Bay branch knows about the injury.

Member ID 00783321
Phone: 6677 3012

Thanks,
Marcus Yeo""",
L("after_sales", "refund", "normal", "Marcus Yeo", "66773012", "00783321", "", "refund"),
date="2024-07-30 10:10")

M("en", "u", "q", "Emily Tan <emily.tan.tw@gmail.com>", "Fwd: water heater not getting hot - warranty",
"""Hello,

The shop where we bought this says warranty claims have to go to you directly, so I'm forwarding my
email to them below. In short: the water heater still works, but the water only gets lukewarm even
with the thermostat turned all the way up. No leaking, no strange smell, no tripping - it just
doesn't get hot any more. It's about 14 months old and the box says 3-year warranty.

Could you arrange a technician to check it under warranty? Weekday afternoons are best.
My mobile is 0921 447 310.

Thanks,
Emily Tan

---------- Forwarded message ---------
From: Emily Tan <emily.tan.tw@gmail.com>
Date: Mon, 13 Jan 2025 at 19:02
Subject: water heater not getting hot
To: <sales@homeplus-appliance.tw>

Hi, we bought a 15-gallon electric water heater from your store in Nov 2023, order no. WH23110964.
Since last week the water is only lukewarm. Can you help? Thank you.""",
L("after_sales", "warranty", "normal", "Emily Tan", "0921447310", None, "WH23110964", "repair"),
date="2025-01-16 14:27")

M("en", "u", "b", "Jennifer Hsu <jenhsu.mom@yahoo.com>", "Refund request - purchase made by my child",
"""Dear Support,

Last night my 9-year-old son bought 12,000 Star Gems on my account while I was cooking - he knew
the console password because he's seen me type it. It came to NT$3,290 on my credit card. I only
found out when the bank sent me a notification.

Order ID: TX88213470, purchased 2025-05-20 around 19:45.

None of the gems have been spent (I checked, the balance is still 12,000), so I'm hoping they can
simply be removed and the money refunded. I've now turned on the purchase password and parental
controls, lesson learned.

Thank you for your understanding,
Jennifer Hsu""",
L("after_sales", "refund", "normal", "Jennifer Hsu", None, None, "TX88213470", "refund"),
date="2025-05-21 08:15")

# ---------------------------------------------------------------- suggestion

M("zh-Hant", "b5", "q", "黃柏翰 <pohan.huang@gmail.com>", "關於App的幾個小建議",
"""你好，

用你們的電子錢包快兩年了，整體很方便，幾個想法提供參考：

1. 希望可以有「分帳」功能。朋友聚餐時一個人先付，其他人可以直接從App分攤轉帳給他，現在要一個一個手動輸入金額很麻煩。
2. 深色模式！晚上打開App整個畫面白到刺眼。
3. 交易紀錄可以匯出成CSV或Excel，我每個月要記帳，現在只能一筆一筆截圖。
4. 發票載具歸戶的入口藏太深了，找了好久。

沒有要你們回信，只是希望有機會可以改進。

黃柏翰""",
L("suggestion", "feature_request", "low", "黃柏翰", None, None, "", ""),
date="2024-09-13 23:58")

M("zh-Hant", "u", "8", "區小姐 <au.yanyan@gmail.com>", "關於派件失敗後嘅建議",
"""你好，

先講明唔係投訴，你哋速遞員一向都好有禮貌。只係有兩個小建議：

一、派件失敗之後，可唔可以畀客人喺短訊條link度自己揀改送去附近嘅智能櫃或者便利店？而家一定要打電話，成日都打唔通。

二、短訊可唔可以有中文版？我屋企阿媽唔識睇英文，成日以為係詐騙短訊刪咗佢。

多謝！
區小姐""",
L("suggestion", "feedback", "low", "區小姐", None, None, "", ""),
date="2025-02-19 15:33")

M("en", "u", "8", "Olivia Brandt <olivia@greenleafcafe.tw>", "Packaging idea for matcha & crates",
"""Hi supply team,

Olivia from Greenleaf Café (Xinyi branch, franchisee no. C20230544). Two ideas from our side, no reply
needed unless you want more details:

1) Could you offer the ceremonial-grade matcha in 500 g pouches as well as the 1 kg bag? Smaller shops
like ours take 6-7 weeks to finish a kilo and the last part always loses colour and flavour once it's open.

2) The plastic milk crates - a lot of us would happily hand them back to your driver on the next delivery
if there was a small deposit/credit system. At the moment we just have stacks of them in the back alley.

Happy to pilot either one if it helps.

Cheers,
Olivia Brandt""",
L("suggestion", "feedback", "low", "Olivia Brandt", None, "C20230544", "", ""),
date="2024-08-07 16:44")

M("en", "a", "7", "Ben Okafor <ben.okafor@protonmail.com>", "app feature: class waitlist",
"""Hey,

Would be great if the gym app had a waitlist for full classes (spin and HIIT on weekday evenings are always
full in about 2 minutes). Auto-book me if someone cancels, and send a push.

Also Google Calendar sync for booked classes pls.

Ben Okafor""",
L("suggestion", "feature_request", "low", "Ben Okafor", None, None, "", ""),
date="2025-03-03 07:12")

M("en", "l1", "8", "Hélène Dubois <helene.dubois@orange.fr>", "Complaint?? no - just feedback on roaming SMS",
"""Hello,

Let me say first that this isn't a complaint: I was charged correctly for my roaming in Korea last month
and the amount matched what I used.

But the SMS alerts were quite confusing. I received "You have used 80% of your data allowance" three
times in two days, and I never knew if it was 80% of the daily pass or of my monthly plan. It would be
much clearer if the SMS showed the actual amount used and the cumulative cost so far (for example
"1.6 GB of 2 GB used - HK$0 extra so far"). Also an English/French option in the app would be nice.

Thank you and have a good day,
Hélène Dubois
+852 5566 0912""",
L("suggestion", "feedback", "low", "Hélène Dubois", "55660912", None, "", ""),
date="2024-10-21 12:02")

# ---------------------------------------------------------------- emergency

M("zh-Hant", "b5", "8", "劉家豪 <chiahao.liu@gmail.com>", "熱水器漏電!!剛剛洗澡被電到",
"""你好，我要緊急報修！！

剛剛（晚上10點左右）我太太洗澡的時候，手碰到蓮蓬頭的金屬管被電了一下，整隻手麻麻的，
我去摸水龍頭也有刺刺的感覺。人目前沒事，但她嚇到了。

我已經把熱水器的電源開關和總電源都關掉了，現在全家都不敢用熱水。
熱水器是去年11月在你們這裡買的，訂單 EH20231128054，當時也是你們的師傅安裝的。

請盡快派人來檢查，明天一早可以嗎？也請先打電話給我。
劉家豪 0928-303-617
新北市三重區""",
L("emergency", "safety", "urgent", "劉家豪", "0928303617", None, "EH20231128054", "repair callback"),
date="2024-12-29 22:18")

M("zh-Hant", "u", "q", "譚麗芳 <tamlf@yahoo.com.hk>", "Re: 煤氣爐維修完成通知",
"""你好，

唔知係咪我太敏感，今朝煮完早餐之後，廚房好似有少少煤氣味，唔係好濃，但係之前冇嘅。爐頭已經熄咗，總掣都閂埋，窗都開晒。

上個禮拜你哋師傅先嚟換過右邊個爐頭嘅點火器（見下面通知），唔知係咪嗰次拆裝時候條喉冇鎖實？

屋企有個兩歲嘅孫，我唔敢亂咁試，可唔可以今日派人嚟睇睇？我成日都喺屋企。

屋企電話 2605 7731
譚太

> 譚女士您好：
> 閣下之煤氣爐（維修單號 RP-240611-07）已於6月11日完成維修，更換點火器一個。
> 如有任何疑問，請聯絡負責技術員陳師傅 9488 2201 或致電維修熱線 2566 3388。""",
L("emergency", "safety", "urgent", "譚麗芳", "26057731", None, "", "repair"),
date="2024-06-18 09:02")

M("zh-Hant", "b5", "b", "郭子軒 <zihsuan.kuo@gmail.com>", "帳號被盜！密碼跟信箱都被改了",
"""客服你好，急！

今天凌晨3點多我收到你們寄的「您的密碼已變更」通知信，但我那時候在睡覺，根本沒有改密碼。
早上起來要登入就登不進去了，用忘記密碼也收不到信，因為綁定的信箱好像也被改掉了
（最後收到一封是「電子郵件地址已變更」，新的信箱我不認識，後面是 .vn）。

我的帳號裡面有一百多款遊戲，還有錢包餘額大概 NT$2,400，信用卡也綁在上面。
請趕快幫我把帳號凍結，不要讓對方再買東西或改資料，然後幫我把帳號拿回來。

原本綁定的就是這個信箱，帳號ID是 zihsuan_k。
我的手機 0975-602-118，有需要驗證身分請打給我。

郭子軒""",
L("emergency", "account_security", "urgent", "郭子軒", "0975602118", None, "", "callback"),
date="2025-02-08 07:36")

M("zh-Hant", "u", "b", "羅美儀 Maggie <maggie.law@gmail.com>", "電子錢包有三筆唔係我簽嘅交易",
"""<html><body>
<p>你好，</p>
<p>我啱啱開電話先見到，凌晨兩點至兩點半之間我個電子錢包有三筆唔係我做嘅交易：</p>
<p>&bull; $1,200（網店）<br>
&bull; $3,500（網店）<br>
&bull; $800（增值遊戲點數）</p>
<p>我成晚瞓緊覺，電話喺床頭，冇俾過任何人用，亦都冇收過OTP短訊。而家我發現綁咗嘅信用卡都俾人刪咗，換咗一張我唔認識嘅卡。</p>
<p>我已經改咗密碼，但唔知夠唔夠。麻煩你哋即刻凍結我個戶口，追返啲錢，同埋盡快打電話畀我。</p>
<p>用戶編號：U88302177<br>
電話：+852 9766 0321</p>
<p>羅美儀</p>
</body></html>""",
L("emergency", "account_security", "urgent", "羅美儀", "97660321", "U88302177", "", "refund callback"),
html=True, date="2025-04-03 06:55")

M("zh-Hant", "u", "8", "周育任 <yujen.chou@chawei-group.com.tw>", "訂貨平台從早上就登不進去，今天14:00截單",
"""供應鏈客服您好，

貴公司的加盟主訂貨平台從今天早上8點多開始就一直登不進去，輸入帳密之後畫面顯示「502 Bad Gateway」，
換電腦、換瀏覽器、用手機都一樣。打客服電話一直忙線。

我負責中區12家門市的訂貨，今天下午14:00是明天到貨的截單時間，
如果中午前還不能下單，明天12家店的茶葉、粉圓、鮮奶都會斷貨，週六門市會直接停賣。

請問系統什麼時候可以恢復？如果來不及，能不能先讓我們用Email或傳真下單？
麻煩盡快回電：(04)2452-8890 分機31。

周育任
中區區經理""",
L("emergency", "system_outage", "urgent", "周育任", "0424528890", None, "", "callback"),
date="2025-05-09 10:26")

M("en", "a", "7", "Alan Whitfield <a.whitfield@netvigator.com>", "probably nothing but",
"""Hi,

Probably nothing, but thought I should mention it. Tonight around 11pm I got two SMS one-time
passwords from you that I didn't request, and now when I open the banking app it says my password
was changed and I need to log in again, and my usual password doesn't work.

I can still see the account on my wife's phone (joint account) and the balance looks normal for now.

Could someone call me when you get a chance? 6243 8819

Alan Whitfield""",
L("emergency", "account_security", "urgent", "Alan Whitfield", "62438819", None, "", "callback"),
date="2024-08-27 23:31")

M("en", "u", "8", "Rachel Kim <rachel.kim.taipei@gmail.com>", "dresser question",
"""Hi,

Not sure who the right person is for this. This afternoon the 6-drawer "Haven" dresser we bought from
you in September tipped forward when my 3-year-old pulled out the bottom two drawers to climb on them.
She's OK - a bruise on her shin and a big fright, I caught the top edge before it landed on her.

When we assembled it there was no wall anchor / anti-tip kit in the box, and the manual doesn't show one
either. I've now laid it flat on the floor.

Order 7730418. I'd like to know whether this model is supposed to come with a tip restraint and whether
there have been other reports like this - and honestly I'd rather return it.

Rachel Kim
+886 (0)928 331 907""",
L("emergency", "safety", "urgent", "Rachel Kim", "0928331907", None, "7730418", "explanation return"),
date="2024-11-03 18:09")

M("en", "u", "q", "Henry Leung <henry.leung@kaiwahtrading.com>", "No mobile data on ALL corporate lines since 7am",
"""Dear Sir/Madam,

Since approximately 07:00 this morning none of the 40 mobile lines on our corporate account have any
mobile data. Calls and SMS work, data shows the 4G/5G icon but nothing loads. It is not device-specific:
iPhones and Androids, different districts, all affected. Restarting, re-inserting SIMs, and resetting APN
settings have made no difference.

In addition, our sales team of six is at a trade fair in Tokyo and their roaming is also not working, so
they cannot access orders, email or the booking system. Our business is effectively stopped this morning.

Corporate account: CA55021
Please have your enterprise support call me urgently at 3702 5588.

Henry Leung
IT Manager, Kai Wah Trading Ltd.""",
L("emergency", "system_outage", "urgent", "Henry Leung", "37025588", "CA55021", "", "callback"),
date="2025-06-03 08:47")

M("en", "u", "8", "Nadia Rahman <nadia@littleleaf.shop>", "Label API down - 300 orders stuck, pickup 4pm",
"""<html><body>
<p>Hi Merchant Support,</p>
<p>Since about <b>10:05 this morning</b> your shipping label API has been returning <code>HTTP 500</code> on every create-shipment call, and the merchant portal's &quot;Print labels&quot; page just spins. We have ~300 orders waiting to be packed and your driver collects at <b>4:00pm</b> today.</p>
<p>Merchant ID: M2041187<br>
Example request ID from the error: 7f3a-22bc-91e0</p>
<p>Your status page says &quot;All systems operational&quot;, which clearly isn&#39;t the case for us. I&#39;ve tried our account manager Jason on 9876 5432 but no answer.</p>
<p>Please call me back as soon as possible on <b>+852 3618 2274</b>.</p>
<p>Thanks,<br>Nadia Rahman<br>Operations Lead, LittleLeaf Online</p>
</body></html>""",
L("emergency", "system_outage", "urgent", "Nadia Rahman", "36182274", "M2041187", "", "callback"),
html=True, date="2024-11-11 11:20")

M("en", "u", "b", "Mike Donnelly <mike.donnelly77@gmail.com>", "Re: Thanks for your purchase!",
"""Hi,

Probably nothing, but the new water heater you installed last week has a faint smell of hot plastic
around the bottom where the cable goes in, and the wall switch next to it feels warm to the touch.
I've switched it off at the breaker just in case, so no rush... well, we'd like hot showers again at
some point. Can someone come and take a look?

Mike Donnelly
0933-870-112

On Fri, Apr 4, 2025 at 3:02 PM HomeHeat <noreply@homeheat.com.tw> wrote:
> Thanks for your purchase!
> Your order WH2504018873 has been installed. Rate your installer and get NT$200 off your next order.
> Questions? Call us free on 0800-222-918.""",
L("emergency", "safety", "urgent", "Mike Donnelly", "0933870112", None, "", "repair"),
date="2025-04-11 20:14")

# ---------------------------------------------------------------- other

M("zh-Hant", "u", "8", "施佳蓉 <chiajung.shih@gmail.com>", "應徵客服專員 - 施佳蓉",
"""人資部門您好：

我是施佳蓉，在104人力銀行看到貴公司徵求「客服專員（電話及線上客服）」的職缺，特此來信應徵。

我畢業於銘傳大學應用中文系，曾在電信門市擔任門市人員兩年，主要負責資費方案說明與客訴處理，
也有一年在電商公司做線上文字客服的經驗，熟悉常用客服系統與工單流程。能配合輪班。

附上履歷與自傳，若有機會面試，可隨時與我聯繫：0987-220-531。

敬祝 順心
施佳蓉""",
L("other", None, "low", "施佳蓉", "0987220531", None, "", ""),
date="2024-07-15 09:48")

M("zh-Hant", "u", "b", "陳志華 <chanchiwah@hotmail.com>", "多謝阿明師傅",
"""你好，

想多謝上星期五嚟我屋企整熱水爐嘅阿明師傅。佢好準時，做嘢好仔細，仲教我點樣清隔塵網，走之前仲幫我執乾淨啲垃圾。

而家個熱水爐好正常，屋企人都好滿意。麻煩你哋幫我轉達多謝，佢值得讚！

陳生（陳志華）""",
L("other", "thanks", "low", "陳志華", None, None, "", ""),
date="2024-12-09 20:20")

M("zh-Hant", "u", "q", "張雅筑｜成長行銷顧問 <amy.chang@growthboost-media.com>", "貴公司官網流量提升300%？免費健檢名額剩3個",
"""您好，冒昧打擾！

我是成長行銷顧問公司的張雅筑（Amy），我們專門協助家電、家具品牌經營Google關鍵字廣告、
Facebook／IG廣告代操與SEO優化。

我們注意到貴公司官網在「電熱水器推薦」「瓦斯爐 品牌」等關鍵字的排名還有很大的進步空間，
過去半年我們已協助超過80家品牌平均提升自然流量300%、詢問量翻倍。

本月特別提供「免費網站SEO健檢」，名額只剩3個，
歡迎加LINE（ID：@growthboost）或直接回信預約15分鐘線上說明。

張雅筑 Amy
成長行銷顧問股份有限公司
若不希望再收到此類信件，請回覆「取消訂閱」。""",
L("other", None, "low", "張雅筑", None, None, "", ""),
date="2025-01-21 10:00")

M("en", "a", "7", "Patrick O'Neill <patrick.oneill@harbourbrews.hk>", "Automatic reply: Delivery schedule for January",
"""Thank you for your email.

I am out of the office from 23 December until 6 January with limited access to email.

For urgent supply or delivery matters please contact my colleague Sarah Cheung on 2345 6789 or
sarah.cheung@harbourbrews.hk. Otherwise I will respond to your message on my return.

Best regards,
Patrick O'Neill
Purchasing, Harbour Brews Ltd.""",
L("other", None, "low", "Patrick O'Neill", None, None, "", ""),
date="2024-12-23 09:00")

M("en", "u", "8", "Joshua Lim <joshlim.1996@gmail.com>", "Re: photos from Saturday!!",
"""Hi Auntie Mei,

Here are the rest of the photos from grandma's birthday dinner, sorry it took so long! The ones with the
cake came out a bit dark but I think they're still nice. Can you forward them to Uncle Kwok as well? I
don't have his email.

See you at Chinese New Year!
Josh

On Sun, 19 Jan 2025 at 21:40, Mei <mei.lim.hk@gmail.com> wrote:
> Josh, can you send me the photos from Saturday? The ones on your phone. Thanks! Auntie Mei""",
L("other", None, "low", "Joshua Lim", None, None, "", ""),
date="2025-01-22 22:13")

M("en", "l1", "q", "Seán Ó Briain <sean.obriain@eircom.net>", "Thank you - roaming sorted",
"""Hi all,

Just a quick note to say thank you to the lady on the roaming team (I think her name was Karen) who
sorted out my data pass while I was stuck at the airport in Manila on Saturday. Ten minutes on the
phone and it was working again. Brilliant service, much appreciated.

No need to reply.

Seán Ó Briain""",
L("other", "thanks", "low", "Seán Ó Briain", None, None, "", ""),
date="2024-09-09 08:30")
