# fresh8 slice w: Traditional Chinese (TW/HK) + English, written by hand.

# ---------------------------------------------------------------- zh-Hant

M("zh-Hant", "b5", "8", "林佩君 <peichun.lin0618@gmail.com>", "除濕機 16L 和 12L 的差別",
"""您好，

想請問一下貴公司的除濕機，官網上 DH-1620 跟 DH-1220 看起來外觀差不多，價格差了快兩千塊，除了除濕量之外還有什麼不一樣嗎？

我家在基隆，屋齡三十幾年的老公寓，大約 25 坪，冬天衣服常常晾三天都不會乾，牆角也會發霉。主要是放在客廳跟後陽台中間那一塊用。想知道：
1. 25 坪用 12 公升的夠不夠？還是一定要 16 公升？
2. 有沒有連續排水的孔？我不想每天倒水
3. 晚上開會不會很吵，大概幾分貝？小孩房就在旁邊
4. 有沒有一級能效？可以申請節能補助嗎？

麻煩了，謝謝！

林佩君
０９３２－１１８－４０６""",
L("inquiry", "product_info", "low", "林佩君", "0932118406", None, "", ""),
date="2024-10-28 21:14")

M("zh-Hant", "u", "b", "陳太 <chantai.kwuntong@yahoo.com.hk>", "電磁爐 童鎖 點樣解？",
"""你好，

上個月喺你哋網店買咗部 IC-28 電磁爐，一直用開都冇問題。琴日我個孫仔亂咁撳，而家啲掣全部撳唔郁，個螢幕得個鎖頭公仔，開唔到火，煲湯都煲唔到。

說明書我搵唔返（應該俾我個仔當廢紙掉咗），想問吓點樣解童鎖？係咪要長撳邊個掣？撳幾耐？

唔該晒
陳太
9371 2284""",
L("inquiry", "how_to", "low", "陳太", "93712284", None, "", ""),
date="2025-01-06 10:22")

M("zh-Hant", "b5", "q", "張維庭 <weiting.chang@hotmail.com>", "已付款但沒收到電子票券",
"""客服您好：

我在 8 月 15 日晚上搶到 11 月高雄那場星軌樂團的票（兩張，搖滾區 B），訂單編號 TK240815-00372，信用卡已經扣款 NT$9,760，也有收到銀行的簡訊通知。

可是到現在「我的票券」頁面還是顯示「處理中」，也沒有收到電子票券的 email。朋友跟我同一天買的已經拿到 QR code 了。想請問這樣是正常的嗎？大概什麼時候會出票？

會員編號：KT00918273
手機：0975-226-031

張維庭 敬上""",
L("inquiry", "order_status", "normal", "張維庭", "0975226031", "KT00918273", "TK240815-00372", ""),
date="2024-08-27 13:05")

M("zh-Hant", "u", "8", "Mandy Ho <mandyho.hk@gmail.com>", "奶粉退貨政策查詢",
"""Hi 你好,

我BB啱啱轉咗飲你哋嘅 Stage 2，暫時飲得幾好。我諗住下次買多幾罐囤貨（有 offer 嘛），但又驚佢之後唔啱飲或者醫生叫轉奶，所以想先問清楚：

1) 未開封嘅奶粉可唔可以退？定係只可以換其他款？
2) 如果可以退，係退返錢入信用卡定係俾 store credit？
3) 要幾多日內申請？運費邊個俾？

Thanks a lot!
Mandy Ho""",
L("inquiry", "policy", "low", "Mandy Ho", None, None, "", ""),
date="2025-04-11 23:40")

M("zh-Hant", "b5", "8", "黃淑芬 <sf.huang@hengda-foods.com.tw>", "9月份對帳單金額確認",
"""宏昇包材 業務部 您好：

本公司於 9 月 3 日以採購單 PO-2409-0331 向貴公司訂購五層瓦楞紙箱（60×40×40cm）2,000 只及 48mm 透明封箱膠帶 300 捲，採購單總金額為新台幣 86,400 元（未稅）。

惟本月收到貴公司寄來之 9 月份對帳單，金額為新台幣 91,350 元（未稅），兩者相差 4,950 元。經初步比對，差額似為紙箱單價由 36 元調整為 38.5 元所致，但本公司並未接獲調價通知，年度合約價亦尚在有效期間內。

煩請協助確認差額原因；如係誤植，請重新開立對帳單，以利本公司月底辦理付款。

本公司統一編號：24681357
客戶代號：HS-C0417

恆達食品股份有限公司 採購課
黃淑芬
電話：(02)2698-1135 分機 216
傳真：(02)2698-1140""",
L("inquiry", "billing", "normal", "黃淑芬", "0226981135", "HS-C0417", "PO-2409-0331", "explanation"),
date="2024-10-09 09:35")

M("zh-Hant", "u", "8", "梁志偉 <leungchiwai88@netvigator.com>", "Re: 寄溫哥華包裹 仲未到",
"""喂，你哋到底有冇人跟㗎？

上個禮拜已經寫過email問，到而家都冇人覆。個包裹係寄俾我阿媽嘅，入面有佢食開嘅藥同埋啲乾貨，九月二號喺觀塘門市寄，當時職員話 7 至 10 個工作天到，而家已經成三個幾禮拜。網上追蹤由 9月6號開始就一直停喺「已到達轉運中心」，咩更新都冇。

我畀咗 $680 揀你哋所謂嘅「特快」，結果仲慢過平郵。我要你哋：
一、即刻查清楚個包裹而家喺邊
二、解釋點解延誤咁耐
三、如果寄唔到，要賠返

訂單號：HKX-2024-118803
運單號：7712 0394 5561

梁生
手機 6123 8870

> 寄件人：梁志偉
> 日期：2024年9月20日
> 主旨：寄溫哥華包裹 仲未到
>
> 你好，我九月二號寄咗個包裹去溫哥華，訂單號 HKX-2024-118803，到而家都未收到，麻煩幫我查下。
> 梁志偉""",
L("complaint", "delivery_delay", "normal", "梁志偉", "61238870", None, "HKX-2024-118803", "explanation compensation"),
date="2024-09-27 08:12")

M("zh-Hant", "b5", "b", "許文彬 <drhsu.smile@gmail.com>", "關於 10/14 到院安裝技師之服務態度",
"""貴公司客服部門 您好：

本診所於上月向貴公司購買牙科綜合治療台一組（訂單編號：ORD-TW-10933），並約定於 10 月 14 日（一）午休時段 12:30–14:00 到院安裝。

當日技師遲到將近五十分鐘，事前未有任何來電告知；抵達後又以「你們診間太小、管線不合規格」為由，在病患候診區大聲抱怨，並對本診所護理師說「你們自己不先量好，浪費我時間」。後續安裝拖延至 15:20 才結束，下午門診因此延後，當天共有四位病患取消預約。

本人了解安裝現場可能有非預期狀況，但技師對診所同仁的態度，以及在病患面前的言行，實在令人無法接受。設備本身目前使用正常，並非品質問題。

希望貴公司能正式說明後續處理方式，並對本診所同仁致歉。

晴光牙醫診所
許文彬
（02）2911-6078""",
L("complaint", "service_attitude", "normal", "許文彬", "0229116078", None, "ORD-TW-10933", "explanation apology"),
date="2024-10-15 18:47")

M("zh-Hant", "u", "q", "蔡明哲 <mingche.tsai@gmail.com>", "第三次了！！除濕機又漏水",
"""我真的受夠了。

7月買的除濕機（訂單編號 20240712A0931），8月第一次漏水，你們派人來換了水箱浮球；9月第二次漏水，說是排水管鬆脫，處理完不到兩個禮拜，昨天晚上又整攤水流出來，我家客廳的海島型木地板已經泡到翹起來了，三片。

每次打客服都要等 20 分鐘，每次都說「會幫您反映」，然後就沒有然後。

我的要求很簡單：整台退費，地板的損失要賠。這週五前沒有給我一個負責任的答覆，我就直接去消基會申訴，順便把這三個月的照片跟通話紀錄 PO 上爆料公社，讓大家看看你們的售後有多爛。

蔡明哲
0921 337 590""",
L("complaint", "product_quality", "urgent", "蔡明哲", "0921337590", None, "20240712A0931", "refund compensation"),
date="2024-10-03 07:58")

M("zh-Hant", "u", "8", "Karen Yip <karenyip.bb@gmail.com>", "Re: 您的訂單已送達 Your order has been delivered",
"""你好，

今日收到貨，但係你哋寄錯咗！我訂嘅係 三號 成長奶粉 900g x 4罐，箱入面全部係 一號 初生嬰兒配方。我個仔已經 18 個月，根本唔飲得一號。

訂單號碼 #HK5520917，張單上面寫明係 Stage 3，所以唔係我揀錯。屋企淨返大半罐，頂多飲到後日。麻煩盡快安排換貨，順便收返啲錯嘅罐。

我平日喺深圳返工，有事打呢個：+86 139 2456 0817

Karen Yip

On Mon, 4 Nov 2024 at 15:02, 寶寶營養館 <noreply@bbnutri-shop.hk> wrote:
> 親愛的顧客：
> 您的訂單 #HK5520917 已經送達。如有任何查詢，請致電客戶服務熱線 2811 3456（星期一至五 9am-6pm）。
> 多謝惠顧！""",
L("complaint", "wrong_item", "normal", "Karen Yip", "13924560817", None, "HK5520917", "exchange"),
date="2024-11-04 19:26")

M("zh-Hant", "u", "8", "夜貓子 <nightcatk0927@gmail.com>", "儲值被扣兩次 到底要不要處理",
"""客服你好

我上禮拜六(10/19)晚上買月卡 330 元，google play 扣了兩次款，信用卡帳單也有兩筆 330，可是遊戲裡只拿到一次月卡。

之前已經在遊戲裡回報過一次，結果你們回那個罐頭訊息叫我「提供交易序號」，我也提供了阿，然後就沒下文了 =  =
第一筆：GPA.3391-2207-5518-40312
第二筆：GPA.3391-2207-5518-40987

不是要吵，只是 330 對學生來說不是小錢。多扣的那筆請退給我，謝謝。

角色名稱：夜貓子小K（伺服器：翡翠）
陳柏翰

---- 原始訊息 ----
寄件者：星耀遊戲客服中心 <service@starglow-games.com.tw>
日期：2024/10/21 11:08
您好，感謝您的來信。為加速處理，請提供 Google Play 交易序號（GPA 開頭）。如需進一步協助，請撥打客服專線 0800-772-111。
星耀遊戲客服中心 敬上""",
L("complaint", "billing", "normal", "陳柏翰", None, None, "GPA.3391-2207-5518-40312 GPA.3391-2207-5518-40987", "refund"),
date="2024-10-24 22:31")

M("zh-Hant", "b5", "8", "吳國榮 <kuojung.wu@yahoo.com.tw>", "電磁爐顯示E3無法加熱 申請維修",
"""您好，

今年 1 月在貴公司官網購買的 IH 電磁爐（型號 IH-S1300），購買單號 SO-113-0462，保固卡上寫一年保固，應該還在保固期內。

這兩天開機後大約一兩分鐘，面板就跳 E3，風扇有在轉但是鍋子完全不會熱，拔插頭重開也一樣。鍋子是原廠附的那個，之前一直都好好的。沒有異味也沒有冒煙，就是不會熱。

請問要怎麼送修？是要我自己寄回去還是有人來收？我住台中北屯，白天上班，收件時間最好是晚上或週六。

吳先生
行動：0910-552-087""",
L("after_sales", "repair", "normal", "吳國榮", "0910552087", None, "SO-113-0462", "repair"),
date="2024-11-18 20:03")

M("zh-Hant", "u", "8", "joanne.kuo@outlook.com", "押金退款",
"""你好

我 8/23 在高雄駁二那邊租了你們的電動滑板車，租借單號 R-0823-77140，當時有先刷押金 NT$1,000，還車的時候 app 有顯示「已完成還車」，店員也說押金 7 個工作天內會退。

現在已經快一個月了，信用卡還是沒有看到退款，app 上的押金狀態一直卡在「退款處理中」。

麻煩幫我確認一下，盡快把押金退回來，謝謝。

郭喬安
會員編號 FT22-07731
+886 (0)988-410-263""",
L("after_sales", "refund", "normal", "郭喬安", "0988410263", "FT22-07731", "R-0823-77140", "refund"),
date="2024-09-20 12:44")

M("zh-Hant", "u", "q", "蘇嘉欣 <clinic.admin@harbourdental.com.hk>", "安排牙科治療椅安裝事宜（訂單編號 DEN-HK-240916-02）",
"""<html><head><meta charset="utf-8"></head><body>
<div style="font-family:PMingLiU,serif;font-size:14px">
<p>敬啟者：</p>
<p>本診所於 2024 年 9 月 16 日向貴公司訂購牙科綜合治療椅兩台及口腔 X 光感應器一套，訂單編號 DEN-HK-240916-02，貨品已於 10 月 8 日送抵本診所，現存放於後備室。</p>
<p>由於本診所計劃於 11 月 1 日起啟用新診療室，懇請貴公司盡快安排技術人員到場安裝及測試。本診所逢星期日休診，安裝可安排於星期日進行，以免影響病人。另需安排新機操作之員工培訓（約 6 人）。</p>
<p>煩請致電 2573 9902 與本人聯絡，確認安裝日期。</p>
<p>此致<br>
貴公司客戶服務部</p>
<p>海港牙科醫務所<br>
診所經理 蘇嘉欣<br>
電話：2573 9902 &nbsp;|&nbsp; 傳真：2573 9903</p>
</div>
</body></html>""",
L("after_sales", "installation", "normal", "蘇嘉欣", "25739902", None, "DEN-HK-240916-02", "callback"),
html=True, date="2024-10-10 11:00")

M("zh-Hant", "u", "8", "Tommy Lau <tommylau.hk@gmail.com>", "RE: 訂單確認 Order Confirmation #DH-883120",
"""Hi，

部除濕機今朝送到，拆箱先發現機身側面凹咗一大忽，仲有條裂痕，水箱都有啲變形，推唔返入去。送貨師傅已經走咗，我有影相（附件三張）。

部機開到，但係咁嘅樣我唔想用，想換過部新嘅。唔該安排上門換貨同收走呢部，我星期六日都喺屋企。

Tommy Lau
+852 5548 0127

寄件者: DryHome 訂單通知 <orders@dryhome.com.hk>
傳送時間: 2025年6月3日 星期二 10:15
收件者: tommylau.hk@gmail.com
主旨: 訂單確認 Order Confirmation #DH-883120

多謝您的訂購！訂單編號：DH-883120
預計送貨日期：2025年6月5日
如有查詢請致電 3188 2200 或 WhatsApp 6220 1180。""",
L("after_sales", "exchange", "normal", "Tommy Lau", "55480127", None, "DH-883120", "exchange"),
date="2025-06-05 12:18")

M("zh-Hant", "b5", "q", "陳俊宇 <cy.chen@jinfeng-foods.com.tw>", "【急】自動封箱機故障 產線停擺 請速派員",
"""立達包裝機械 技術服務部 您好：

本廠於去年 3 月向貴公司購入之自動封箱機 FX-560A（訂單編號 SO2403-1188），今日上午 9 點左右開始，上膠帶的切刀無法回位，機台卡在第二段，紙箱一直卡住送不出去。現場人員已依手冊重新開機、清除卡料，仍然一樣。

目前整條包裝線已經停下來，下午 4 點有一批要出給通路的貨（約 1,200 箱）趕不出去，人工封箱速度完全跟不上。

懇請貴公司今日務必派技師到廠處理，並請先以電話與我聯繫。

金豐食品 桃園廠 生管課
陳俊宇
手機：0933-807-215
廠址：桃園市觀音區工業五路 22 號""",
L("after_sales", "repair", "urgent", "陳俊宇", "0933807215", None, "SO2403-1188", "repair callback"),
date="2025-03-12 10:07")

M("zh-Hant", "u", "b", "王品萱 <pinhsuan.w@gmail.com>", "一點小建議：搶票排隊頁面",
"""您好，我是貴平台的老用戶，這幾年大概在你們這邊買過十幾場演唱會的票。

上週五星軌樂團加場開賣，我八點準時進排隊頁面，結果畫面就只有一個轉圈圈跟「請勿重新整理」，等了四十分鐘完全不知道自己排第幾、還要等多久，最後進去已經全部售完。

這不是客訴啦，我知道票本來就很難搶。只是想建議：
1. 排隊頁面可以顯示目前排在第幾位、前面還有多少人，像國外有些售票網站那樣。
2. 某個區域賣完時可以即時顯示，不要讓大家排到最後才發現沒票。
3. 實名制可以再嚴格一點，入場時抽查證件，黃牛真的太多了。

謝謝你們看完，希望下次體驗會更好。

品萱""",
L("suggestion", "feature_request", "low", "王品萱", None, None, "", ""),
date="2025-05-19 00:52")

M("zh-Hant", "u", "8", "ahlok_gamer@gmail.com", "關於今次週年活動嘅意見",
"""Hello 開發組，

玩咗兩年，第一次寫email。想講下今次週年慶活動嘅感受：

好嘅地方：免費抽數真係多咗，新角色設計好靚，劇情都有心機。

唔好嘅地方：
- 活動關卡體力消耗太誇張，返工一族一日淨係得夜晚玩兩個鐘，根本打唔晒每日任務
- 兌換商店限時 7 日太短，可唔可以延長到活動完結？
- 公會戰同活動撞期，好多人都頂唔順

唔係投訴，只係希望你哋聽下玩家聲音。加油！

阿樂""",
L("suggestion", "feedback", "low", "阿樂", None, None, "", ""),
date="2025-07-02 01:15")

M("zh-Hant", "b5", "b", "鄭雅文 <yawen.cheng@gmail.com>", "請問一下",
"""您好，

想請問一個問題，不知道是不是我想太多。

昨天晚上全家在吃火鍋，用的是你們的雙口電磁爐（去年在網路上買的，型號 IH-D2200）。煮到一半，爐子底下突然「啪」一聲，左邊那一口就自己關掉了，接著聞到一點點像塑膠燒焦的味道，大概幾分鐘就散了。

我先生說應該是過熱保護，沒什麼，叫我繼續用右邊那一口。可是我今天早上看，機器底部出風口旁邊好像有一點黑黑的痕跡。

家裡有兩個小孩，我現在不太敢插電，想請問這樣正常嗎？還可以繼續用嗎？

鄭小姐
0937-662-418""",
L("emergency", "safety", "urgent", "鄭雅文", "0937662418", None, "", "explanation"),
date="2025-01-13 08:20")

M("zh-Hant", "u", "q", "Ivy Cheung <ivycheung.ww@gmail.com>", "帳戶被盜 門票被轉走 urgent!!",
"""你好，

我今朝 7 點幾收到你哋封 email 話我帳戶密碼已經更改，但我完全冇改過！之後我登入唔到，用「忘記密碼」都收唔到 reset email，好似連登記電郵都俾人改咗。

最驚係我 12 月 21 號嗰場演唱會嘅 4 張飛（訂單 TK-HK-0931577，成 $5,520），我朋友話佢個 app 見到已經「轉讓」咗俾第二個帳戶。

求下你哋即刻凍結個帳戶同埋停咗啲飛嘅轉讓！唔該盡快打俾我。

Ivy Cheung
會員號碼：HKM-2290614
電話：9688 0345""",
L("emergency", "account_security", "urgent", "Ivy Cheung", "96880345", "HKM-2290614", "TK-HK-0931577", "callback"),
date="2024-12-09 07:52")

M("zh-Hant", "b5", "8", "劉怡君 <yichun.liu@greenbox-tw.com>", "訂購平台無法登入",
"""宏昇包材 客服您好：

貴公司 B2B 訂購平台從今天早上 8 點多開始就無法登入，輸入帳密後一直跳「系統維護中 Error 503」，換了三台電腦跟手機都一樣，貴公司官網首頁倒是可以開。

我們每週三中午 12 點前要在平台上下單，才趕得上週五的出貨，這週有一張急單（氣泡袋 30 捲、PE 收縮膜 50 捲）一定要下。打了業務林先生的手機也沒人接。

請問平台何時可以恢復？如果中午前無法恢復，是否可以改用 email 或傳真下單？

綠盒電商 採購 劉怡君
客戶編號：C20230815022
(03)357-2846 #31""",
L("emergency", "system_outage", "urgent", "劉怡君", "033572846", "C20230815022", "", ""),
date="2025-02-19 09:10")

M("zh-Hant", "u", "8", "何冠霖 <kuanlin.ho@gmail.com>", "回報一下車子的狀況",
"""嗨，

先說我人沒什麼大事，只是覺得還是要跟你們講一下。

今天下午大概 3 點半，我在台南安平那邊租了一台你們的電動滑板車（車身編號 FT-5521，租借單號 R240311-0098），騎到下坡的時候捏煞車完全沒反應，車子一直往前衝，我只好跳車，膝蓋跟手掌都擦傷，有流一點血，去旁邊藥局買了藥自己擦。

車子我停在安平古堡停車場旁邊，已經在 app 按了還車。擔心下一個人騎到會出事，請你們趕快去把那台車收回來檢查。

醫藥費是小事，不用特別處理。

何冠霖
0958 201 774""",
L("emergency", "safety", "urgent", "何冠霖", "0958201774", None, "R240311-0098", ""),
date="2024-03-11 17:40")

M("zh-Hant", "u", "b", "黃凱晴 <hoiching.wong@gmail.com>", "Fwd: 【官方客服】帳號異常通知",
"""你好，

我想問下下面呢個係咪你哋官方發嘅？佢 WhatsApp 我話我帳號有異常，叫我 click 條 link 驗證，我就入咗遊戲帳號同密碼，仲俾埋個驗證碼佢。

之後半個鐘我個帳號就登入唔到，朋友話見到我個角色喺度賣晒啲限定道具，仲轉咗鑽石出去。我之前課咗成萬幾蚊……

我係咪俾人呃咗？可唔可以即刻幫我鎖咗個帳號先？

角色名：晴天小熊（亞洲二服）
黃凱晴
6370 5512

---------- Forwarded message ---------
From: 星耀遊戲 官方客服 (WhatsApp)
Date: 2025年2月8日 21:14
Subject: 【官方客服】帳號異常通知

親愛的玩家您好，系統偵測到您的帳號於異地登入，為保障您的資產，請於 30 分鐘內點擊以下連結完成驗證：http://starglow-verify.top/login
客服專員 Kelvin 聯絡電話：+852 5901 3382""",
L("emergency", "account_security", "urgent", "黃凱晴", "63705512", None, "", ""),
date="2025-02-08 21:58")

M("zh-Hant", "b5", "b", "大成氣泡布 業務部 <sales@dachengbubble.com.tw>", "【工廠直營】氣泡袋／氣泡布 批發價 限時優惠",
"""親愛的採購負責人 您好：

冒昧打擾，敝公司大成氣泡布為台灣在地工廠，專業生產氣泡布、氣泡袋、珍珠棉及各式緩衝包材，十五年經驗，提供電商、物流業者穩定貨源。

本月限時優惠：
● 50cm × 100m 氣泡布 每捲 NT$280 起（滿 50 捲免運）
● 客製印刷氣泡袋，最低 3,000 個起訂
● 首次合作贈送樣品包一份

如有需要，歡迎回信或加 LINE 洽詢（LINE ID：bubble-dc88），將由專人為您報價。

若您不希望再收到此類信件，請回覆「取消訂閱」。

大成氣泡布有限公司 業務 邱文傑""",
L("other", None, "low", "邱文傑", None, None, "", ""),
date="2024-07-16 14:00")

M("zh-Hant", "u", "8", "rkwok@kwokdental.hk", "致謝 — 上門維修技術員",
"""貴公司客戶服務部：

本人謹此致函，感謝貴公司技術員何家豪先生於上星期六（3 月 15 日）專程到本診所維修消毒爐。何先生準時到達，細心解釋故障原因，並於兩小時內完成更換零件及測試，其間亦主動教導本所護士日常保養方法，態度專業有禮。

消毒爐運作至今一切正常。特此致謝，並請代為轉達本人謝意。

郭文瀚
郭氏牙科診所
電話：2388 1067""",
L("other", "thanks", "low", "郭文瀚", "23881067", None, "", ""),
date="2025-03-18 10:30")

M("zh-Hant", "u", "8", "周秀玲 <sl.chou@fenghe-intl.com.tw>", "自動回覆: 【宏昇包材】11月份出貨通知",
"""您好，

本人 11/4（一）至 11/8（五）休假中，期間無法即時回覆郵件，將於 11/11（一）回到辦公室後盡速處理。

如有急事，請聯絡本課王小姐：(02)2758-3390 分機 15，或 email：hy.wang@fenghe-intl.com.tw。

謝謝！
周秀玲 敬上
豐禾國際 採購課""",
L("other", None, "low", "周秀玲", None, None, "", ""),
date="2024-11-04 08:00", extra=[("Auto-Submitted", "auto-replied")])

# ---------------------------------------------------------------- en

M("en", "a", "7", "Vincent Lim <vincentlim.pg@gmail.com>", "dehumidifier question",
"""Hi there,

I staying in Penang, near the sea, very humid one. My wardrobe always got mould, clothes also smell. Thinking to buy your dehumidifier but got few questions first:

1) The DH-1620 can connect hose for continuous drain or not? I want to put in the store room and forget about it lah, dont want to empty the tank everyday.
2) Is it ok to run 24 hours? Electric bill will be very high?
3) Got Malaysia plug (3 pin UK type) or need adapter?
4) Warranty is how many years, and service centre got in Penang or need to send to KL?

Thanks ya.

Vincent Lim
012-487 3310""",
L("inquiry", "product_info", "low", "Vincent Lim", "0124873310", None, "", ""),
date="2024-06-14 22:05")

M("en", "l1", "q", "Jürgen Bäumler <j.baeumler@baeumler-feinwerk.de>", "Question regarding shipment to Taiwan - customs duties",
"""Dear Sir or Madam,

we have booked with your company a shipment of two wooden crates (machine spare parts, total 148 kg) from Stuttgart to Taichung, Taiwan. Booking number is 4410-2287-DE, pick-up was done on 14 October.

In your online tracking (tracking no. SHX 8830 1127 45) the status is since three days "Arrived at destination country - awaiting customs clearance". Our customer in Taiwan asks us now if he must pay import duties and VAT himself, or if this is already included in the DDP price we paid. In our quotation it is written "DDP", so in our understanding all duties are included.

Could you please confirm this, and also tell us the expected delivery date? Our customer needs the parts for a machine repair.

Thank you in advance and best regards

Jürgen Bäumler
Bäumler Feinwerktechnik GmbH
Einkauf / Logistik
Tel. 0711 4493827""",
L("inquiry", "logistics", "normal", "Jürgen Bäumler", "07114493827", None, "4410-2287-DE", ""),
date="2024-10-24 16:20")

M("en", "u", "8", "Kenji Watanabe <kenji.w0412@gmail.com>", "About data transfer to new smartphone",
"""Hello,

I am playing your game "Starglow Chronicle" about 1 year. Next week I will change my smartphone from Android to iPhone. I am worry about my data, because I have many characters and I bought some gems.

Please teach me how to transfer my data correctly. Is it need to link Google account, or is there some "transfer code"? I found the setting menu but I am not sure which button is correct one, and I afraid to lose everything.

Also, gems which I bought on Android, can I use on iPhone also?

Sorry for my poor English.
Best regards,
Kenji Watanabe""",
L("inquiry", "how_to", "low", "Kenji Watanabe", None, None, "", ""),
date="2025-03-02 20:11")

M("en", "u", "8", "Heather MacLeod <heather@northshoresmiles.ca>", "Question about our latest invoice - shipping charged twice?",
"""Hi there,

Quick question on the invoice we got yesterday for the autoclave and the ultrasonic cleaner (your order SO-77812). It looks like the freight line ($185.00) shows up twice - once under the autoclave and once as a separate "Freight & Handling" line at the bottom. Both units came on the same pallet, same delivery, so I'm guessing it's just a duplicate?

No rush, just want to sort it out before our bookkeeper pays it at month end. If it is correct, could you let me know what the second charge is for?

Thanks so much,
Heather MacLeod
Office Manager, North Shore Smiles Dental
Customer ID: CA-DEN-3308
(604) 555-0193""",
L("inquiry", "billing", "normal", "Heather MacLeod", "6045550193", "CA-DEN-3308", "SO-77812", "explanation"),
date="2025-01-29 09:48")

M("en", "a", "7", "Dazza <darren.pike@bigpond.com>", "TICKETS STILL NOT HERE - SHOW IS TONIGHT",
"""Mate, seriously?

Booked 3 tickets for the Southern Drift gig tonight back in JULY. Booking ref QX-48213-AU. Paid $447.60, got the confirmation, all good. Your site said e-tickets would be "released 72 hours before the event". It's now 2pm on the day of the show, doors open at 6.30, and there's nothing in my account, nothing in my email, nothing in spam, nothing.

Been on your live chat for 50 minutes, the bot keeps telling me to "check back later". Later is in four and a half hours.

I've got my brother flying in from Perth for this. Sort it out, send the tickets NOW, and get an actual human to ring me.

0412 559 083

Darren Pike""",
L("complaint", "delivery_delay", "urgent", "Darren Pike", "0412559083", None, "QX-48213-AU", "callback"),
date="2024-11-23 14:03")

M("en", "u", "8", "Chukwuemeka Obi <emeka.obi@obifreshpack.com.ng>", "Complaint on Carton Boxes Supplied - Order No. LPG/2024/0918",
"""Good day Sir/Ma,

I am writing to formally complain about the consignment of 1,500 pieces double-wall carton boxes (size 40x30x30) and 200 rolls of packing tape which your company supplied to us on 2nd October under Order No. LPG/2024/0918.

Kindly note the following:
1. Over 300 of the cartons are collapsing when stacked more than 3 high in our warehouse. The board is obviously thinner than the sample we approved before placing the order.
2. The packing tape is not sticking at all in this our humid weather, the boxes are opening on the way to customers. We have had 4 returned deliveries this week alone.

This has caused us serious embarrassment before our customers. We paid in full and on time, we expect the same quality we were shown.

We request that you replace the defective cartons and tape with the correct specification, or refund the value of the affected goods. Pictures are attached for your perusal.

Thank you for your anticipated prompt response.

Yours faithfully,
Chukwuemeka Obi
Managing Director, ObiFresh Packaging Ltd, Onitsha
0803 556 1249""",
L("complaint", "product_quality", "normal", "Chukwuemeka Obi", "08035561249", None, "LPG/2024/0918", "exchange refund"),
date="2024-10-10 11:37")

M("en", "u", "8", "Marc-André Tremblay <matremblay@videotron.ca>", "Re: Your support request [Case #00482113]",
"""Hi,

Wow. So I call your support line yesterday because I got charged a $25 "improper parking fee" for a scooter I parked in the exact designated zone on Rue Saint-Denis (I have the end-of-ride photo, it's right there in the app). I explain this to your agent, calmly, and after about two minutes of me talking he sighs, says "everyone says that", and hangs up on me. Hangs up!

Then I get the email below, which basically tells me to go read the parking rules. Thanks, very helpful.

I'm honestly not that worried about the $25 at this point. I'd like someone to actually listen, and I'd like an apology for the way I was treated. Ride ID was RD-7731-0452 if that helps anyone look into it.

Marc-André Tremblay
514 555 0178

On Tue, Jul 9, 2024 at 4:12 PM ZipGo Support <support@zipgo-rides.com> wrote:
> Hi Marc-André,
>
> Thank you for contacting ZipGo. Your case number is #00482113. Per our
> Terms, riders are responsible for parking within designated zones. Please
> review our parking guidelines at zipgo-rides.com/parking. If you have
> further questions, call us at 855-555-0199.
>
> ZipGo Support Team""",
L("complaint", "service_attitude", "normal", "Marc-André Tremblay", "5145550178", None, "RD-7731-0452", "apology"),
date="2024-07-10 09:15")

M("en", "u", "q", "Nurul Aisyah binti Kamal <nurulaisyah.k@yahoo.com>", "3RD EMAIL - unauthorised charges RM459, no reply",
"""To whom it may concern,

This is my THIRD email regarding the same matter and still nobody reply me. Very disappointed.

My son (12 years old) was playing your game on my phone and there were 3 purchases of "Mega Crystal Pack" charged to my card, total RM459. I already explained in my previous emails below. I have the Google Play receipts. Your game got no parental confirmation or anything, just one tap and the money is gone.

I give you until this Friday. If no refund, I will lodge a claim with the Tribunal for Consumer Claims, my lawyer has already advised me on this. I will also share this with the newspapers because many parents are facing the same thing.

Nurul Aisyah
019-338 2671

-----Original Message-----
From: Nurul Aisyah binti Kamal <nurulaisyah.k@yahoo.com>
Sent: Monday, 14 October 2024 9:47 PM
To: support@starglow-games.com
Subject: RE: Refund request - unauthorised purchase

Hi, still waiting for reply. Order GPA.3312-8871-0042-66120 and GPA.3312-8871-0042-66391 and GPA.3312-8871-0042-67004. Please refund.

-----Original Message-----
From: Nurul Aisyah binti Kamal <nurulaisyah.k@yahoo.com>
Sent: Tuesday, 8 October 2024 10:05 AM
To: support@starglow-games.com
Subject: Refund request - unauthorised purchase

Dear Sir/Madam, my son accidentally made 3 purchases in your game on 6 Oct. Total RM459. Kindly refund. Thank you.""",
L("complaint", "billing", "urgent", "Nurul Aisyah binti Kamal", "0193382671", None,
  "GPA.3312-8871-0042-66120 GPA.3312-8871-0042-66391 GPA.3312-8871-0042-67004", "refund"),
date="2024-10-17 23:02")

M("en", "u", "b", "Yuki Sato <sato@hanairo-zakka.jp>", "Damaged package - please check",
"""Dear customer service,

I am Yuki Sato from Hanairo Zakka, small shop of ceramic tableware in Kyoto. We use your international shipping service for send our products to customer in Hong Kong.

Our shipment (Order No. JP-S-2024-00731) was delivered to customer on 22 May, but the outer box was very crushed and also wet, like it was left in rain. Customer send me photo: the box was put on the ground outside of building entrance, not handed to person, although we choose "signature required" option and paid extra for it. 5 of 12 plates are broken.
(Tracking number on the label: EE482776105JP)

I packed very carefully with bubble wrap and double box, so I think this is handling problem of your courier. Please investigate and tell me what will you do. I hope you can compensate the broken items (total JPY 18,600) and also the signature fee.

Best regards,
Yuki Sato
Hanairo Zakka
075-231-4478""",
L("complaint", "logistics", "normal", "Yuki Sato", "0752314478", None, "JP-S-2024-00731", "explanation compensation"),
date="2024-05-24 15:30")

M("en", "u", "8", "Bec Hollis <bec.hollis@outlook.com.au>", "Formula maker warranty claim",
"""<html><body>
<div>Hi team,</div>
<div><br></div>
<div>We bought your FormulaPro 3 baby formula maker in February (order #AU-30019482, receipt attached) and it&#39;s stopped dispensing water properly &ndash; it makes the noise, the light goes green, but only about half the water comes out and the powder just clumps in the funnel. I&#39;ve descaled it twice following the manual and cleaned the funnel, no change.</div>
<div><br></div>
<div>It&#39;s well within the 12 month warranty so I&#39;d like to claim a repair or replacement. Honestly at 3am with a screaming baby a replacement would be amazing, but whatever&#39;s quickest. Do I need to post it back to you? We&#39;re in Geelong.</div>
<div><br></div>
<div>Cheers,<br>Bec<br>0438 771 206</div>
</body></html>""",
L("after_sales", "warranty", "normal", "Bec Hollis", "0438771206", None, "AU-30019482", "repair exchange"),
html=True, date="2025-08-07 03:12")

M("en", "l1", "8", "Sabine Krüger <sabine.krueger@t-online.de>", "Rücksendung / return of induction hob",
"""Hello,

I ordered on 2 March the portable induction cooker "IH-S1300" from your online shop, order number 302-1184470-2291. The device itself works, but unfortunately it does not recognise most of my pots (I have old stainless steel pans, apparently not magnetic enough). Only one small pan works. This was not clear to me from the product description.

Therefore I would like to return the device and get my money back. It is in the original packaging, used only two times, all accessories complete. Please send me a return label or tell me how to proceed. Is the return free within the 30 days?

Mit freundlichen Grüßen
Sabine Krüger
Tel. 089 21 55 73 40""",
L("after_sales", "return", "normal", "Sabine Krüger", "08921557340", None, "302-1184470-2291", "return refund"),
date="2025-03-14 18:25")

M("en", "u", "8", "Priya Raman <priya@smilecraftdental.my>", "URGENT - compressor breakdown, clinic cannot operate",
"""Dear Sir/Madam,

Our dental air compressor (model AirSilent 2, purchased from your company last year, Sales Order SO-MY-23-4471) broke down this morning at about 9.15am. The motor hums but does not start, and the pressure gauge stays at zero. Without compressed air none of our chairs can run - handpieces, air/water syringe, suction all not working.

We already had to send 6 patients home this morning and we have a full list from 2pm onwards, including two surgical extractions. Please arrange a technician to come today. If repair cannot be done today, can you lend us a standby unit?

Kindly call me directly once this is assigned.

Thank you.

Priya Raman
Dental Surgeon, SmileCraft Dental Clinic, Petaling Jaya
Tel: 03-7781 2240""",
L("after_sales", "repair", "urgent", "Priya Raman", "0377812240", None, "SO-MY-23-4471", "repair callback"),
date="2025-04-22 11:05")

M("en", "u", "q", "Jen Kowalczyk <jkowalczyk82@gmail.com>", "Re: Your order #CA10042873 has been cancelled",
"""Hello,

Following up on this. You cancelled my order (4 tins of the goat milk formula, stage 2) because it was out of stock, which is fine, but it has now been 16 days and the $219.96 still hasn't come back to my Visa. Your email below said 5-7 business days.

Could you please check on the refund and send me a reference number I can give to my bank? Thanks.

Jennifer Kowalczyk
Customer # 55-018-337

On Wed, Feb 12, 2025 at 10:31 AM Little Sprout Nutrition <care@littlesprout.ca> wrote:
> Hi Jennifer,
> We're sorry! Order #CA10042873 has been cancelled because one or more items
> are out of stock. A full refund of $219.96 has been issued to your original
> payment method and should appear within 5-7 business days.
> Questions? Call us at 888-555-0142 or reply to this email.""",
L("after_sales", "refund", "normal", "Jennifer Kowalczyk", None, "55-018-337", "CA10042873", "refund"),
date="2025-02-28 13:40")

M("en", "u", "b", "Mika Takahashi <m.takahashi@kobo-tsumugi.co.jp>", "Request for exchange of mailer box size",
"""Dear Sir/Madam,

Thank you always for your support.

We ordered 5,000 pcs of kraft mailer box (size M, 250x180x60mm) on Order No. 2024-JP-1057, and received on 5 August. Products are no problem, quality is good. However, it is our mistake, our new product (handmade notebook gift set) is bigger than we expected and does not fit in size M.

We have used only 1 carton (100 pcs). Remaining 49 cartons are unopened. Could we exchange these to size L (300x220x80mm)? We will pay the price difference and return shipping cost, of course.

Please let me know if possible and how to proceed.

Best regards,
Mika Takahashi
Kobo Tsumugi Co., Ltd.
Tel: 06-6372-5519""",
L("after_sales", "exchange", "normal", "Mika Takahashi", "0663725519", None, "2024-JP-1057", "exchange"),
date="2024-08-19 10:02")

M("en", "a", "7", "sam.whitford@gmail.com", "few ideas for the app",
"""G'day,

Been using your scooters pretty much every day to get from Southbank to work for about 6 months now, really handy, cheers for that.

Couple of things that'd make it better though:

- A "pause ride" option. If I pop into a shop for 5 min I either end the ride and risk someone nicking the scooter, or keep it running at full rate. Even a cheaper pause rate would be good.
- Show the battery % BEFORE I walk 400m to a scooter. Twice last week I got there and it was on 8%.
- Helmet lock on the scooter itself, the helmet situation is a bit grim tbh.
- A monthly pass for commuters.

Anyway, just some thoughts. Keep it up.

Sam""",
L("suggestion", "feature_request", "low", "Sam", None, None, "", ""),
date="2025-05-06 07:45")

M("en", "u", "b", "Olivia Chen <olivia.chen.yyc@gmail.com>", "Feedback on the new tin design",
"""<html><body>
<p>Hello Little Sprout team,</p>
<p>This isn&#39;t a complaint &mdash; we&#39;ve used your stage 1 formula for our daughter since she was 3 weeks old and we&#39;re very happy with it. Just some feedback on the new tin you switched to this spring:</p>
<ul>
<li>The scoop now sits at the bottom under the powder, so I have to dig for it with clean hands every time. The old tin had a little holder clip under the lid, which was much better.</li>
<li>The levelling edge is on the wrong side for left-handed people (me!).</li>
<li>The new lid is really hard to open one-handed while holding a baby.</li>
</ul>
<p>Hope that&#39;s helpful for future designs. Thanks for a great product!</p>
<p>Olivia Chen<br>Calgary, AB</p>
</body></html>""",
L("suggestion", "feedback", "low", "Olivia Chen", None, None, "", ""),
html=True, date="2025-06-18 21:30")

M("en", "l1", "q", "Thomas Brandstätter <t.brandstaetter@gmx.de>", "Suggestion: wheelchair seats in online booking",
"""Hello,

I am a wheelchair user and bought two tickets (for me and my companion) for the concert in Hamburg on 15 March, order no. 77120034. Everything went well in the end, but only after I called your hotline two times, because in the online booking it is not possible to choose wheelchair places. The seat map shows them as "not available" and the only way is by phone.

I would like to suggest:
- wheelchair places and companion seat bookable directly online, with a filter "barrier-free"
- information on the seat map about step-free entrance and accessible toilets
- the companion ticket (free of charge for people with "B" in the disability ID in Germany) should be selectable in the shop

This would help many people. Thank you for considering.

Kind regards
Thomas Brandstätter""",
L("suggestion", "feature_request", "low", "Thomas Brandstätter", None, None, "77120034", ""),
date="2025-03-20 19:00")

M("en", "a", "7", "Graham Mitchell <g.mitchell@iinet.net.au>", "Re: Your warranty registration is complete",
"""Hi,

Probably nothing, but thought I'd mention it. The dehumidifier I registered (see below) has started giving off a smell a bit like hot plastic after it's been running for an hour or so, and last night the back panel near the cord was quite hot to touch, hotter than I'd expect. No smoke or anything dramatic. I've unplugged it for now and it's sitting in the laundry.

Is this something to worry about? Happy to send photos.

Graham
0407 113 968

> Thank you for registering your DryHome DH-1220!
> Serial no.: DHA12-2406-008816
> Order ref: AUW-118276
> Warranty valid until: 14/06/2026
> Need help? Call 1300 555 861 (Mon-Fri 9am-5pm AEST)""",
L("emergency", "safety", "urgent", "Graham Mitchell", "0407113968", None, "", "explanation"),
date="2025-01-20 08:33")

M("en", "u", "q", "Wong Mei Ling <meiling@batikrumah.com.my>", "Fwd: Your delivery address has been updated",
"""Hi support,

Pls see below, my staff forwarded me this. We did NOT change any address. Someone has gone into our business account and changed the delivery address of 3 of our outgoing shipments to some address in Johor Bahru, and I can also see a new credit card added under Payment Methods which is not ours.

Shipments affected: MYS-2409-55102, MYS-2409-55117, MYS-2409-55120

I have changed the password already but not sure if they are still logged in. Please stop these shipments and lock the account until we sort this out. These are customer orders worth about RM 6,800.

Account no.: BRH-004417
Wong Mei Ling
Batik Rumah Sdn Bhd
012-651 0934

---------- Forwarded message ---------
From: Aina <aina@batikrumah.com.my>
Date: Tue, 24 Sep 2024 at 08:52
Subject: Fwd: Your delivery address has been updated
To: Wong Mei Ling <meiling@batikrumah.com.my>

Boss, got 3 email like this this morning, we never change address right?

> Your delivery address for shipment MYS-2409-55102 has been updated to:
> No. 18, Jalan Mutiara Emas 5/2, Taman Mount Austin, 81100 Johor Bahru.
> If you did not make this change, contact us at 1-300-88-2266.""",
L("emergency", "account_security", "urgent", "Wong Mei Ling", "0126510934", "BRH-004417",
  "MYS-2409-55102 MYS-2409-55117 MYS-2409-55120", ""),
date="2024-09-24 09:41")

M("en", "u", "b", "Haruto Mori <haruto.mori.g@gmail.com>", "Cannot login maybe?",
"""Hello,

Maybe it is only my problem, but since around 19:00 (JST) today I cannot login to the game. It shows "Connecting to server..." and after 1 minute "Error code 5003, please try again later". I tried wifi and 4G, and reinstalled the app, same.

Also my friends in our guild say same thing, and the official X account has no announcement. Today is last day of the anniversary event and the guild battle is at 21:00, so many of us are worried.

Could you check the server?

Haruto Mori""",
L("emergency", "system_outage", "urgent", "Haruto Mori", None, None, "", ""),
date="2025-02-14 18:40")

M("en", "u", "8", "Funmilayo Adeyemi <funmi.adeyemi@yahoo.com>", "Something found in formula tin",
"""Good evening,

Please I want to bring something to your notice. This evening while I was preparing my baby's feed from a new tin of your Stage 1 infant formula (bought from your online store, order ref NG-LS-240577), I noticed a small piece of hard clear plastic in the bottle after he had started drinking. He was crying and when I checked his mouth there was a small cut on his gum, it bled a little. It has stopped now and he is sleeping, I think he is ok.

I have kept the tin and the piece of plastic. Batch number on the tin is L2409B17. I am worried there may be more pieces inside. What should I do? Should I stop using the other tin I bought together with it?

Thank you.
Funmilayo Adeyemi
0806 442 3318
Lekki, Lagos""",
L("emergency", "safety", "urgent", "Funmilayo Adeyemi", "08064423318", None, "NG-LS-240577", "explanation"),
date="2024-12-02 03:15")

M("en", "u", "q", "Aiden Park <aiden.park@shaw.ca>", "app won't let me end my ride, still charging",
"""<html><body>
<div>Hi,</div>
<div>I&#39;m standing next to the scooter right now at the Granville St parking zone and the app will not let me end the ride. Every time I hit &quot;End ride&quot; it spins and then says &quot;Something went wrong (ERR_LOCK_TIMEOUT)&quot;. Tried force closing, restarting the phone, turning bluetooth off and on. The timer is still going, it&#39;s at 47 minutes and $23.10.</div>
<div><br></div>
<div>I can&#39;t just leave it here because it&#39;ll keep charging and I&#39;ll get hit with an abandoned scooter fee. Other people here are having the same problem &mdash; there are 3 of us standing around. Please do something or tell me what to do.</div>
<div><br></div>
<div>Aiden Park<br>778-555-0126</div>
</body></html>""",
L("emergency", "system_outage", "urgent", "Aiden Park", "7785550126", None, "", ""),
html=True, date="2024-08-16 05:20")

M("en", "a", "7", "Oluwaseun Bakare <seun.bakare.cv@gmail.com>", "Application for Customer Service Representative position",
"""Dear Hiring Manager,

I wish to apply for the position of Customer Service Representative which I saw advertised on your company's careers page.

I hold a B.Sc in Mass Communication from the University of Ibadan and have 3 years experience in customer support at a logistics company in Lagos, where I handled email and phone enquiries, tracked international shipments and resolved delivery issues for an average of 60 customers daily. I am proficient in Zendesk and Microsoft Office and I am available to work remote or on shifts.

Please find attached my CV for your consideration. I look forward to hearing from you.

Yours sincerely,
Oluwaseun Bakare
0809 117 4452""",
L("other", None, "low", "Oluwaseun Bakare", "08091174452", None, "", ""),
date="2025-01-08 16:00")

M("en", "l1", "8", "Helga Sommerfeld <h.sommerfeld@web.de>", "Termin verschieben / change appointment",
"""Dear Dr. Hoffmann,

I have an appointment at your practice on Thursday 10:30 for the cleaning (Prophylaxe). Unfortunately my husband is in hospital since yesterday and I cannot come. Could we move it to the week after, maybe Tuesday or Wednesday in the morning?

I write in English because your receptionist said you have new colleagues who do not speak German yet. I hope it is ok.

Many thanks and greetings
Helga Sommerfeld""",
L("other", None, "low", "Helga Sommerfeld", None, None, "", ""),
date="2024-09-10 15:10")

M("en", "u", "b", "Aiko Nakamura <aiko.nakamura@gmail.com>", "Thank you very much!",
"""Dear Mr. Chan and team,

I want to say thank you. Last month my parcel to my daughter in Toronto was stopped at customs because I forgot to write the invoice, and I was very panic. Mr. Chan from your Osaka office explained me kindly by phone what documents is needed, and helped me to fill the form. The parcel arrived safely last week, and my daughter was very happy with the Japanese snacks and her grandmother's kimono.

Your service is very kind. I will use again next time.

With many thanks,
Aiko Nakamura""",
L("other", "thanks", "low", "Aiko Nakamura", None, None, "", ""),
date="2024-12-16 10:00")
