# fresh10 slice b1: Traditional Chinese (TW/HK) + English, written by hand.

# ---------------------------------------------------------------- zh-Hant

M("zh-Hant", "b5", "8", "林佩君 <peichun.lin0815@gmail.com>", "請問滾筒洗脫烘跟分開買哪個比較好？",
"""您好，

我下個月要搬到台北市大安區一間小套房（大約十坪），陽台很小，而且是半戶外的，房東說洗衣機可以自己買來裝。
想先請教幾個問題：

1. 你們官網上的 12公斤滾筒洗脫烘一體機，烘衣功能跟獨立的熱泵乾衣機比起來，會差很多嗎？我看網路上有人說洗脫烘一體的烘不太乾。
2. 如果買上下疊的組合，大概需要多高的空間？我陽台上面有一個鐵窗的橫桿，怕放不下。
3. 熱泵乾衣機一個月電費大概多少？我一個人住，一週大概洗三次。
4. 舊的直立式洗衣機可以幫忙回收嗎？要另外收費嗎？

還沒決定要買哪一台，所以想先問清楚，謝謝！

林佩君
0928-517-306""",
L("inquiry", "product_info", "low", "林佩君", "0928517306", None, "", ""),
date="2024-08-19 22:37")

M("zh-Hant", "u", "b", "Kelvin Chan <kelvin.chan.hk@yahoo.com.hk>", "查下張單",
"""Hi 你好，

我上星期四喺你哋網店買咗兩條卡其色 chino 褲同一件白恤衫，單號係 #HK2409-88172，已經俾咗錢，但係網頁一直都係顯示「處理中」。

想問下大概幾時會寄出？係咪有貨缺咗？
如果要等耐啲都唔緊要，話我知一聲就得，我想安排下邊日喺屋企收貨。

唔該晒
Kelvin
9372 6618""",
L("inquiry", "order_status", "normal", "Kelvin Chan", "93726618", None, "HK2409-88172", ""),
date="2024-09-23 21:14")

M("zh-Hant", "b5", "q", "珍好茶飲 <jenhao.tea@gmail.com>", "封口機換膜的問題",
"""老闆您好：

我們是台中北區的小飲料店，去年跟你們買了全自動封口機（型號 SM-95A）。之前都是前一個店長在換封口膜，他上個月離職了，現在換我來弄，結果我照著說明書換了兩次，膜都會往右邊偏，封出來杯口有一半沒黏好，要用手再壓。

想請問：
- 換膜的時候，膜要從上面還是下面繞過那根黑色的滾輪？
- 溫度要設多少？說明書寫 170~190 度，我們用的是 95 口徑 PP 杯。
- 有沒有教學影片可以看？

機器本身應該沒有壞，是我不太會用，不好意思麻煩了。

珍好茶飲 黃志明
(04)2237-6180""",
L("inquiry", "how_to", "low", "黃志明", "0422376180", None, "", ""),
date="2024-05-06 15:02")

M("zh-Hant", "u", "8", "許雅婷 <yating.hsu@hengda-trading.com.tw>", "有關 10 月份雲端總機帳單費用之詢問",
"""敬啟者：

本公司（恆達國際貿易股份有限公司，統一編號 53120984）自今年三月起使用貴公司雲端總機方案（20 門分機），客戶編號：TW88120347。

日前收到 10 月份帳單，金額為 NT$9,860，較以往每月固定之 NT$8,060 多出 NT$1,800，明細中列有「國際通話費」一項。經內部初步詢問，應為業務部同仁撥打至香港分公司之通話，惟本公司先前理解方案內已含國際通話分鐘數，故有此疑問。

敬請協助說明：
一、本方案是否包含國際通話？若有，額度為多少分鐘？
二、可否提供該筆國際通話之明細（撥出分機、時間、對方號碼），以利本公司內部核對。

如確屬本公司使用且超出方案額度，將依帳單繳納。

順頌 商祺

恆達國際貿易股份有限公司 行政部
許雅婷
電話：+886 (0)2 2718-5530 分機 215""",
L("inquiry", "billing", "normal", "許雅婷", "0227185530", "TW88120347", "", "explanation"),
date="2024-11-06 10:18")

M("zh-Hant", "u", "q", "何太 <ho.family88@gmail.com>", "收唔到取件碼",
"""你好，

今日下晝三點幾收到 app 通知，話我有件包裹已經放咗入觀塘 apm 嗰度嘅智能櫃，但係我一直都冇收到取件碼嘅 SMS。app 入面張單顯示「已存放」，撳入去又冇碼顯示。

運單號碼係 SF1583320946612（順豐），係我喺網上買嘅嬰兒奶粉。

請問我可以點樣攞返個取件碼？係咪要打電話去邊度？件貨會喺櫃入面放幾耐？我聽日夜晚先得閒去攞。

何太
6127 0394""",
L("inquiry", "logistics", "normal", "何太", "61270394", None, "", ""),
date="2025-02-11 18:45")

M("zh-Hant", "b5", "b", "蔡宜蓁 <yichen.tsai@hotmail.com>", "RE: 訂單什麼時候出貨",
"""你好，

我 1 月 14 日下單的洋裝（訂單編號 20250114-0093），頁面上寫「現貨，2-3 個工作天出貨」，到今天已經第 10 天了，訂單狀態還是「備貨中」。

上週五我已經寫信問過一次，你們的回覆在下面，說「三個工作天內出貨」，結果到現在還是沒有。我是要穿去下週六朋友的婚禮，現在也不知道要不要另外去買別件。
如果沒有現貨就不要標現貨，這樣真的很不負責任。

請明確告訴我到底哪一天會寄出。如果這週四以前寄不出來，我就直接取消訂單，請全額退款。

蔡宜蓁

-----Original Message-----
From: 衣啟選客服 <service@yichixuan.com.tw>
Sent: Friday, January 17, 2025 6:02 PM
To: yichen.tsai@hotmail.com
Subject: RE: 訂單什麼時候出貨

蔡小姐您好：

感謝您的來信，您的案件編號為 202501-0412。
經查詢，您訂購的商品目前正在調貨中，預計三個工作天內出貨，造成不便敬請見諒。
如有其他問題，歡迎撥打客服專線 0800-066-518（週一至週五 9:00-18:00）。

衣啟選客服中心 敬上""",
L("complaint", "delivery_delay", "normal", "蔡宜蓁", None, None, "20250114-0093", "explanation refund"),
date="2025-01-24 09:26")

M("zh-Hant", "u", "8", "梁太 <leungtai.sf@netvigator.com>", "第三次投訴！！！你哋究竟有冇人理？",
"""我已經係第三次寫信嚟，之前兩封石沉大海，打你哋熱線又俾人收線，你哋間公司真係離晒譜！

再講一次：3月8號（星期六）我book咗你哋嘅4個鐘深層清潔，預約編號 CLN-77410。嗰個清潔姐姐遲咗成個鐘先到，一嚟到就黑口黑面，做咗兩個半鐘就話要走，廚房抽油煙機完全冇抹，浴室地下仲有頭髮。我同佢講，佢竟然話「你自己唔會抹咩」。佢走之前留咗個電話 6390 1128 話有嘢搵佢，我打過去已經冇人聽。

之後我打去客服，個男職員聽到一半話「我哋會跟進」就收咗線，到今日都冇人覆過我。

我要求：
1. 退返成張單嘅錢（HK$1,280）
2. 公司正式書面道歉
3. 呢個星期五之前一定要有負責人打俾我

如果星期五之前再冇人理，我會去消委會投訴，仲會將成件事連埋相片寄去報館同埋放上 Facebook 屋苑群組，等大家知道你哋係點做生意。

梁太
+852 9188 2043

在 2025年3月10日 週一 下午11:02，梁太 <leungtai.sf@netvigator.com> 寫道：
> 你好，我3月8號book咗深層清潔（CLN-77410），清潔姐姐遲到又冇做完就走咗，
> 態度仲好差。請盡快聯絡我跟進。
> 梁太""",
L("complaint", "service_attitude", "urgent", "梁太", "91882043", None, "CLN-77410", "refund apology callback"),
date="2025-03-17 08:12")

M("zh-Hant", "u", "q", "鄭文彬 <wbcheng1979@gmail.com>", "變色鏡片才戴兩個月就脫膜",
"""你好，

我去年11月底到你們板橋門市配了一副眼鏡，鏡片是店員大力推薦的「全視線變色 1.67 防藍光」，整副加起來 NT$12,800，配鏡單上的號碼是 No. 11305620。

才戴了兩個月，右邊鏡片中間開始出現像蜘蛛網一樣的細紋，左邊邊緣的膜也在掉，用你們送的拭鏡布擦都會擦下一層霧霧的東西。我平常很小心，沒有放在車上曬，也沒有用熱水沖，每天晚上都收回盒子裡。

一萬多塊的鏡片品質這樣，我真的很失望。當初店員還說這款鍍膜「戴三年都沒問題」。

希望你們給個說法：是這一批鏡片有問題，還是你們的品質本來就是這樣？另外請直接幫我換新的鏡片，我不想再自己多花錢。

鄭文彬
0955203718""",
L("complaint", "product_quality", "normal", "鄭文彬", "0955203718", None, "11305620", "explanation exchange"),
date="2025-02-03 20:51")

M("zh-Hant", "b5", "8", "吳冠廷 <kuanting.wu@gmail.com>", "Re: 【出貨通知】您的訂單已出貨",
"""客服你好

我訂的是男款 GTX 中筒登山鞋 US 9.5 深灰色，今天收到打開是女款 US 7，而且是紫色的。
鞋盒外面貼的標籤是寫我訂的那雙，但裡面的鞋子不是，應該是你們包裝的時候放錯了。

我下個月初要去爬雪山，本來想說提早買可以先穿一陣子磨合，現在又要等。很無言。
麻煩盡快幫我換成正確的鞋子，寄錯的這雙你們自己派人來收，不要叫我自己付運費。

冠廷

> 親愛的會員您好，
> 您的訂單 #A7719024 已於 2024/10/02 出貨。
> 物流：黑貓宅急便　託運單號 9011-2284-6603
> 客服專線：(02)2656-7788
> 山徑戶外用品 敬上""",
L("complaint", "wrong_item", "normal", "吳冠廷", None, None, "A7719024", "exchange"),
date="2024-10-04 19:33")

M("zh-Hant", "u", "b", "張家豪 <kh.cheung@wingfung-logistics.com.hk>", "關於雲端電話系統收費錯誤事宜",
"""致 貴公司客戶服務部：

本公司（永豐物流有限公司）為 貴公司雲端電話系統之用戶，客戶編號 HKC-20931。

本公司已於本年7月2日透過電郵通知 貴公司，由8月起將服務計劃由「企業版 40 線」轉為「標準版 25 線」，並於7月5日獲 貴公司同事以電郵確認。惟8月、9月及10月之月結單仍按企業版收費，每月多收 HK$2,350，三個月合共 HK$7,050。

本公司會計部曾於9月及10月兩度致電查詢，均獲告知「系統會自動調整」，但至今仍未更正，本公司對此深表不滿。

現要求 貴公司：
（一）於下一期月結單前更正收費計劃；
（二）退還多收之 HK$7,050，或於下期帳單內全數抵扣；
（三）以書面解釋出錯原因及改善措施。

請於收到本函後五個工作天內回覆。

此致

永豐物流有限公司
營運經理 張家豪
電話：+852 2877 3150""",
L("complaint", "billing", "normal", "張家豪", "28773150", "HKC-20931", "", "refund explanation"),
date="2024-11-12 11:40")

M("zh-Hant", "u", "8", "Ken Lau <kenlau.tea@gmail.com>", "急！！果糖機壞咗",
"""喂你好，急呀！

我哋舖頭（旺角西洋菜南街「茶咗未」）上年喺你哋度買嘅定量果糖機，今朝開機一直彈 E3，按極都冇反應，完全出唔到糖。我哋全部飲品都要靠佢落糖，手落又唔準，而家已經有客排緊隊，今日中午開唔到舖。

機身後面嘅 S/N 係 FD-600-221873，保養應該仲有。試過熄咗再開、拔咗電十分鐘，都係一樣。

可唔可以今日派師傅過嚟？或者借部後備機俾我哋頂住先？
打俾我 5402 8816，我全日喺舖。

Ken""",
L("after_sales", "repair", "urgent", "Ken Lau", "54028816", None, "", "repair callback"),
date="2024-07-20 09:08")

M("zh-Hant", "b5", "8", "王俊傑 <jj.wang0301@yahoo.com.tw>", "乾衣機疊放架安裝預約",
"""您好，

我 2 月 28 日在官網訂了熱泵乾衣機和疊放架，訂單號碼：EC11402280517，昨天已經送到了，但送貨的師傅說他們只負責送貨，疊放安裝要另外跟安裝部門約。

想請你們安排師傅來幫忙把乾衣機疊在原本的洗衣機上面，地址是新北市新店區中興路三段，週末比較方便。安裝要不要另外收費也麻煩先告訴我。

可以的話請打電話跟我約時間：０９１０－６６２－４５１

王俊傑""",
L("after_sales", "installation", "normal", "王俊傑", "0910662451", None, "EC11402280517", "callback"),
date="2025-03-04 12:20")

M("zh-Hant", "u", "q", "黃詠詩 <wingsze.wong@gmail.com>", "Fw: 退貨申請已收到",
"""Hello,

上個禮拜喺你哋網站買咗件羽絨外套（黑色 M size），訂單編號 WK-240918-3306。收到試咗覺得太大，肩位成個跌晒落嚟，想退貨。吊牌都仲喺度，冇著過出街。

我喺網站填咗退貨表格，收到下面呢封自動回覆之後就冇下文，已經四日。想問我係咪要自己寄返去？寄去邊？退款會退返落張信用卡定係只可以俾 store credit？我想要退返錢。

Thanks,
詠詩
手機：6455 0271

---------- Forwarded message ---------
From: WEARKIND Customer Care <noreply@wearkind.hk>
Date: 2024年9月26日 週四 上午10:15
Subject: 退貨申請已收到
To: <wingsze.wong@gmail.com>

親愛的顧客：
我們已收到您的退貨申請（申請編號 RMA-66021），客服將於 3 個工作天內聯絡您。
如有查詢，請致電 2388 6600。
此為系統自動發出之電郵，請勿回覆。""",
L("after_sales", "return", "normal", "黃詠詩", "64550271", None, "WK-240918-3306", "return refund"),
date="2024-09-30 13:55")

M("zh-Hant", "b5", "q", "李承翰 <chenghan.lee@outlook.com>", "登山杖保固",
"""您好：

去年六月在貴公司網路商店購買碳纖維快扣登山杖一對，訂單編號 2024-0611-7782。

上週末走加里山的時候，左邊那支的快扣突然鬆掉，整節縮回去，我重心一偏差點滑倒。回家檢查發現快扣的塑膠扣片裂開了，螺絲再鎖緊都扣不住。右邊那支正常。

商品頁寫保固兩年，請問要怎麼送修？是寄回去還是可以拿到門市？如果這個零件沒有了，可以直接換一支新的嗎？

附上照片兩張。

李承翰 敬上
0963-115-840""",
L("after_sales", "warranty", "normal", "李承翰", "0963115840", None, "2024-0611-7782", "repair exchange"),
date="2025-04-14 21:07")

M("zh-Hant", "u", "8", "周怡君 <yijun.chou@gmail.com>", "取消預約退款還沒收到",
"""您好，

我3月7日在你們 APP 預約了3月15日的全室深度清潔（預約單號 HC250307118），刷卡付了 NT$4,200。
後來因為家裡臨時有事，3月11日就從 APP 取消了，當時畫面寫「已取消，款項將於7-10個工作天退回」。

今天已經3月28日，信用卡帳單上還是沒看到退款。3月20日有打過一次客服，客服說會幫我查，給了一個案件編號 202503-441，之後就沒有消息了。

麻煩幫我確認一下退款進度，大概什麼時候會退到卡上？謝謝。

周怡君 0987-336-120""",
L("after_sales", "refund", "normal", "周怡君", "0987336120", None, "HC250307118", "refund"),
date="2025-03-28 16:31")

M("zh-Hant", "u", "q", "蘇敏儀 <mandy.so@icloud.com>", "對智能櫃 app 嘅一啲建議",
"""<html><body>
<div>你好，</div>
<div><br></div>
<div>我用咗你哋嘅智能櫃差唔多一年，整體都好方便 &#128077; 不過有三樣嘢想建議下：</div>
<ol>
<li>可唔可以加個功能，俾我喺 app 自己延長取件時間？有時出差三四日，返到嚟件貨已經俾人退咗返寄件人。</li>
<li>希望可以「授權家人取件」。而家要將個取件碼 WhatsApp 俾屋企人，唔係好安全。</li>
<li>櫃嘅位置地圖可以顯示邊個櫃仲有空格，咁寄件嗰陣就唔使白行一趟。</li>
</ol>
<p>希望你哋考慮下，唔該晒！</p>
<p>敏儀</p>
</body></html>""",
L("suggestion", "feature_request", "low", "蘇敏儀", None, None, "", ""),
html=True, date="2024-12-02 23:48")

M("zh-Hant", "b5", "8", "陳美惠 <meihui.chen@ms45.hinet.net>", "一點意見給台南門市",
"""您好，

我是台南的陳美惠，上個月帶兩個小孩去你們東門路的門市配眼鏡，想分享一些感想。不是要客訴，只是覺得有些地方可以做得更好。

第一，驗光師很專業，也很有耐心，小孩本來很怕，後來都很配合，這點非常謝謝。

第二，週六下午人很多，等候區只有四張椅子，很多人站在門口，而且沒有叫號，常常不知道輪到誰。那天有一位阿伯就因為這樣多等了快一個小時。

第三，鏡片的選擇很多，店員講得很快，什麼非球面、折射率、防藍光，我們一般人聽不太懂。如果可以有一張簡單的比較表，或是把價格表放在櫃台，會比較清楚，也不會有被推銷的感覺。

以上一點小意見，提供給你們參考。

陳美惠""",
L("suggestion", "feedback", "low", "陳美惠", None, None, "", ""),
date="2024-06-23 10:05")

M("zh-Hant", "b5", "b", "林太太 <shuhua.lin56@gmail.com>", "乾衣機聲音變大",
"""你好，

我家的乾衣機是去年九月買的（訂單 PO-889120，型號 HD-80HP），最近這一個禮拜烘衣服的時候聲音變得很大，像是有東西在裡面刮，轟轟轟的。

本來想說是不是衣服口袋有硬幣，檢查過也沒有。昨天晚上烘到一半，後面好像有一點燒焦的味道，我走過去看，背板的縫好像有一點點煙冒出來，我嚇到就把插頭拔掉了，今天都不敢再用。

不知道這樣算不算正常，還是要請人來看一下？家裡有老人跟小孩，有點擔心。

林太太
03-571-2908""",
L("emergency", "safety", "urgent", "林太太", "035712908", None, "PO-889120", "repair"),
date="2024-10-21 08:44")

M("zh-Hant", "u", "q", "Cherry Ng <cherry.ng.kw@gmail.com>", "我個account俾人hack咗？？",
"""<html><body>
<p>Hello,</p>
<p>頭先凌晨三點幾收到你哋兩封 email 話我落咗單，單號 #OC-558102 同 #OC-558117，總共 HK$6,480，寄去元朗一個我唔識嘅地址。我完全冇買過！！</p>
<p>我想登入睇下，點知密碼已經唔啱，仲收到 SMS 話「您帳戶綁定之手機 ****9182 已更改」。我張信用卡係 save 咗喺個 account 度㗎。</p>
<p>我已經打咗俾銀行 freeze 張卡，但請你哋即刻：<br>
1. cancel 呢兩張單，唔好寄出，退返啲錢<br>
2. 鎖住我個 account<br>
3. 打俾我 6033&nbsp;9182</p>
<p>Cherry</p>
</body></html>""",
L("emergency", "account_security", "urgent", "Cherry Ng", "60339182", None, "OC-558102 OC-558117", "refund callback"),
html=True, date="2025-05-09 07:02")

M("zh-Hant", "u", "8", "高志偉 <cw.kao@yuanshin-med.com.tw>", "【緊急】總機全部分機無法撥出",
"""貴公司技術支援部 您好：

本公司（元信醫療器材股份有限公司）使用貴公司雲端總機服務，客戶代號 CPB-3307-TW。

今日（11/18）上午 8:40 起，公司內全部 32 支分機均無法撥出及接聽，話機畫面顯示「未註冊」，外線撥入直接忙線。已確認公司網路正常（可正常上網），重新啟動話機與路由器皆無效。

本公司客服專線及業務接單全部依賴此系統，目前已完全無法接聽客戶來電，影響甚鉅。
敬請立即派員處理，並回電告知預計修復時間。

因公司電話無法使用，請撥本人手機：0933 148 275。

元信醫療器材 資訊室主任
高志偉""",
L("emergency", "system_outage", "urgent", "高志偉", "0933148275", "CPB-3307-TW", "", "callback explanation"),
date="2024-11-18 09:15")

M("zh-Hant", "u", "b", "譚志強 <tamchikeung@gmail.com>", "查詢配件",
"""你好，

我係荃灣「譚記茶飲」，想加訂啲配件：
- 煮珍珠鍋嘅矽膠密封圈 x2
- 封口膜（90口徑）x10卷
- 雪克杯 700ml x6
上次張單號係 BT-HK-20250419-07，同上次一樣送去舖頭就得。

另外順便問下，上個月買嗰個 20L 電熱保溫桶，今朝有個伙記開個水龍頭嗰陣話俾電咗一下，手麻咗一陣，之後我自己掂個外殼都覺得有少少痺痺地，唔知係咪漏電。我暫時拔咗插頭冇用住。咁樣係咪要拎返嚟俾你哋檢查？

唔該
譚生 9671-2250""",
L("emergency", "safety", "urgent", "譚志強", "96712250", None, "BT-HK-20250419-07", "repair"),
date="2025-05-27 11:26")

M("zh-Hant", "u", "q", "吳佳穎 <chiaying.wu@gmail.com>", "想確認一下取件紀錄",
"""您好，不好意思打擾，

不知道是不是我想太多，想跟你們確認一下。
我昨天（6/12）晚上 11 點多收到你們的簡訊驗證碼，但我那時候在睡覺，根本沒有要登入。今天早上收到通知說我的包裹「已於 06/13 05:47 在 中和景平路站 取件完成」，可是我根本還沒去拿，家裡也沒有別人會幫我拿。

包裹是黑貓寄的，託運單號 9033-5126-4418，裡面是我網購的一支手機。

然後我剛剛打開 APP，發現帳號綁定的 email 被改成一個我不認識的 gmail。
請問這樣是被盜用了嗎？我要怎麼處理？

吳佳穎
+886 (0)936-552-817""",
L("emergency", "account_security", "urgent", "吳佳穎", "0936552817", None, "", "explanation"),
date="2025-06-13 08:39")

M("zh-Hant", "b5", "8", "蔡明峰 <mingfeng.tsai@topseo-marketing.tw>", "讓貴公司雲端總機服務在Google搜尋排名第一頁！",
"""貴公司負責人 您好：

冒昧來信，我是極速數位行銷有限公司的資深行銷顧問蔡明峰。

我們注意到貴公司的「雲端總機」相關關鍵字目前在 Google 搜尋排在第三頁之後，等於每個月平白流失上百位潛在企業客戶！

我們提供：
★ 關鍵字 SEO 優化，保證 90 天內進入首頁
★ Google 商家檔案經營、五星評論代操
★ Facebook / LINE 官方帳號廣告投放

現在簽約一年享八五折，再加贈網站健檢一次（價值 NT$15,000）。
歡迎回信或加 LINE：@topseo888 索取免費分析報告。

極速數位行銷有限公司
資深行銷顧問 蔡明峰
www.topseo-marketing.tw

如不希望再收到此類信件，請回覆「取消訂閱」。""",
L("other", None, "low", "蔡明峰", None, None, "", ""),
date="2024-07-02 14:00")

M("zh-Hant", "u", "8", "麥太 <maktai.home@yahoo.com.hk>", "多謝陳姐同阿May",
"""你好，

想寫封信多謝你哋上星期六（預約編號 CL-HK-3391）嚟幫我哋執屋嘅陳姐同阿May。我哋啱啱搬屋，成間屋都係灰塵同紙皮，佢哋兩個做足五個鐘，連窗框路軌都抹埋，冷氣隔塵網都幫手洗埋，好有心機。

我奶奶都話好多年冇見過屋企咁乾淨 😂

麻煩幫我轉達我哋嘅謝意，下次一定再指定book返佢哋兩位。

麥太""",
L("other", "thanks", "low", "麥太", None, None, "CL-HK-3391", ""),
date="2024-08-05 20:17")

M("zh-Hant", "u", "b", "楊子萱 <tzuhsuan.yang@gmail.com>", "應徵客服專員－楊子萱",
"""人資部 您好：

我是楊子萱，在 104 人力銀行看到貴公司徵求「客服專員（家電售後）」的職缺，對這個職位非常有興趣，特此來信應徵。

我畢業於銘傳大學應用中文系，過去三年在一家電信公司的客服中心擔任電話客服，每天平均處理 80 通來電，主要負責帳務查詢和維修派工，去年曾獲選部門季度服務之星。因為家裡用的就是貴公司的洗衣機和乾衣機，對產品也有一定的了解，希望能把客服經驗帶到家電售後的領域。

附件為我的履歷與自傳，敬請參考。若有機會面談，隨時都可以配合時間。

謝謝您撥冗閱讀。

楊子萱
手機：0921-387-604""",
L("other", None, "low", "楊子萱", "0921387604", None, "", ""),
date="2025-01-08 19:50")

# ---------------------------------------------------------------- English

M("en", "a", "7", "Fraser McAllister <fraser.mcallister@btinternet.com>", "Wee question about the Ardent 3L shell",
"""Hiya,

Wee question before I part with my cash. I'm looking at the Ardent 3L waterproof shell on your site (the men's one, in the rust colour). The listing says 20,000mm hydrostatic head but says nothing about breathability, and it doesn't say whether the hood fits over a climbing helmet.

I'm mostly out in the Cairngorms in winter so it needs to handle sideways sleet for 8 hours without me boiling in the bag on the uphill bits. Are the pit zips two-way? And does it pack into its own pocket or is that just the lighter one?

Cheers,
Fraser""",
L("inquiry", "product_info", "low", "Fraser McAllister", None, None, "", ""),
date="2024-11-22 19:41")

M("en", "l1", "q", "Danielle Tremblay <dtremblay@videotron.ca>", "Progressive lenses - what if I can't adapt?",
"""Hello,

I'm 47 and my optometrist in Montréal says it's time for progressives. I've heard horror stories from friends about never getting used to them (my sister-in-law gave up after a month and went back to two separate pairs).

Before I order through your website I'd like to understand your policy: if I can't adapt to the progressive lenses, can I exchange them for single-vision lenses, and is there a time limit? Would I pay the difference or get a partial credit? And does the "non-adaptation guarantee" on your FAQ page apply to online orders or only in-store?

Merci beaucoup,
Danielle Tremblay
514 555-0198""",
L("inquiry", "policy", "low", "Danielle Tremblay", "5145550198", None, "", ""),
date="2024-09-10 21:03")

M("en", "u", "8", "Melissa Goh <melgoh.sg@gmail.com>", "order still \"packing\" - need it TONIGHT",
"""Hi,

Sorry to rush but my order SG-0098812 (the sage green satin midi dress, size S) is still showing "Packing" on your site since Tues. Your website said 1-2 days delivery for Singapore. I need it for my cousin's wedding dinner tonight at 7pm 

Can check whether it's already out for delivery? If not, can I self-collect from your warehouse at Ubi? I can go down by 3pm. Pls reply asap or WhatsApp me 9675 3021.

Thanks!!
Mel""",
L("inquiry", "order_status", "urgent", "Melissa Goh", "96753021", None, "SG-0098812", ""),
date="2025-04-12 10:22")

M("en", "u", "q", "Wanjiru Kamau <bursar@greenhillacademy.ac.ke>", "Setting holiday greeting on the phone system",
"""Dear Sir/Madam,

Greetings from Greenhill Academy, Nakuru.

We have been using your cloud phone system in the school office since January and it is serving us well. Kindly assist us on how to set an after-hours greeting and a holiday schedule. The school will close for the August holiday and we would like callers to hear a recorded message giving the re-opening dates, instead of the line ringing with no answer.

I have tried from the admin portal under "Call Flows" but I do not see where to upload the recording. Is it possible to record it from the desk phone itself? Also, does the holiday schedule switch back automatically or must we change it manually on the opening day?

Thank you in advance.

Yours faithfully,
Wanjiru Kamau
Bursar, Greenhill Academy
0722 418 309""",
L("inquiry", "how_to", "low", "Wanjiru Kamau", "0722418309", None, "", ""),
date="2024-07-16 11:30")

M("en", "l1", "8", "Rafael Souza <rafa.souza84@uol.com.br>", "dryer not dry the clothes - second time!!",
"""Hello,

I buy the dryer model DX-700 in your online store in february, order nº 4471-2290. From the first week the clothes come out still humid, specially jeans and towels, even in the program "Extra Dry" of 90 minutes. I clean the filter every time, I am not stupid.

In april your technician come to my house and change one sensor and say now is ok. Is not ok. Is the same problem, now is even more worse. My wife need to put the clothes in the varal (clothes line) after use the dryer, so what is the point of a dryer??

I pay almost R$ 4.000 for this machine. I want to understand why this happen two times and I want other machine new, not more repair.

Rafael Souza
São Paulo""",
L("complaint", "product_quality", "normal", "Rafael Souza", None, None, "4471-2290", "explanation exchange"),
date="2024-06-03 22:15")

M("en", "u", "8", "Budi Santoso <budi.santoso@kedaitehbudi.co.id>", "RE: RE: PO/BT/2025/0311 - where is my machine??",
"""Dear Sir/Mam,

This is already my FOURTH email. I order the automatic tapioca pearl cooker and 2 unit fructose dispenser on 11 March, PO/BT/2025/0311, and I already transfer full payment USD 2,340 on 12 March. Your sales Ms. Linda promise shipping maximum 10 days. Now is 2 April and still nothing, no tracking, no answer, only the same copy paste reply like below.

I already rent the shop in Bandung and I have to pay the staff but I cannot open because no machine. Every day I lose money.

If until Friday there is no shipping proof, I will ask my lawyer to send official letter. I want full refund plus compensation for my loss, or you send the machine by air this week with your cost.

Regards,
Budi Santoso
Owner, Kedai Teh Budi
0812-9031-4456

-----Original Message-----
From: Export Sales <export@teamaster-equip.com>
Sent: Thursday, March 27, 2025 10:12 AM
To: Budi Santoso
Subject: RE: PO/BT/2025/0311

Dear Mr. Budi,
Thank you for your patience. Your order is in production and will be shipped soon. For urgent matters please call our hotline +86 20 3892 7710.
Best regards,
Linda Zhou
Export Sales""",
L("complaint", "delivery_delay", "urgent", "Budi Santoso", "081290314456", None, "PO/BT/2025/0311", "refund compensation"),
date="2025-04-02 14:48")

M("en", "u", "b", "Heather Lindqvist <heather.lindqvist@shaw.ca>", "Very disappointed with Tuesday's clean",
"""Hi there,

I've used Sparkle & Co. for almost two years and have always been happy, which is why I'm writing to you rather than just leaving a review.

On Tuesday (booking #CL-20931) the two-person crew arrived 40 minutes late, which happens, fine. What wasn't fine was the attitude. When I pointed out that the bathroom mirror and the baseboards hadn't been touched, the crew lead - I believe his name was Marco - rolled his eyes and said "that's not on the checklist, lady." The other cleaner spent a good part of the visit on a speakerphone call in my kitchen. They left at 1:10 for a 3-hour booking that started at 10:40.

I'd like an apology, and frankly I'd like to know whether your crews are actually supervised. I'm not asking for a refund, but please note it on my account so I don't get that crew again.

Heather Lindqvist
Calgary
(403) 555-0127""",
L("complaint", "service_attitude", "normal", "Heather Lindqvist", "4035550127", None, "CL-20931", "apology explanation"),
date="2024-10-17 18:09")

M("en", "u", "8", "Brian Otieno <brian.otieno@gmail.com>", "Your locker service at Sarit Centre",
"""Hello,

I am writing to complain about your locker service at Sarit Centre. My parcel (tracking no. KE77420193315) was supposed to be dropped at the locker on 4th Nov. Instead I got an SMS "locker full, parcel returned to hub". Nobody asked me anything. Fine, I went to the hub at Industrial Area on 6th, they told me it is "still in transit". I went again on Saturday, again they said come Monday. This is now six days and I have wasted fuel and a full morning twice.

The point of a locker is convenience. Right now it is the opposite. Please tell me exactly where my parcel is and deliver it to the locker or to my office, at your cost.

Brian Otieno
0733 560 214""",
L("complaint", "logistics", "normal", "Brian Otieno", "0733560214", None, "", "explanation"),
date="2024-11-10 09:57")

M("en", "u", "q", "Priya Raman <priya.raman@northlinecpa.ca>", "Invoice question",
"""<html><body>
<div>Hello,</div>
<div><br></div>
<div>Our account ID is ACC-55120-CA. We have <b>8</b> users on your cloud phone plan. We have had 8 users since the day we signed up. Our invoice for June says <b>12 seats</b> at $34.99 each.</div>
<div><br></div>
<div>This is the third month in a row. Each time, someone from your support &quot;fixes&quot; it and the next invoice is exactly the same. Great work, really. I&#39;m an accountant; I do so enjoy reconciling the same mistake every month.</div>
<div><br></div>
<div>Please credit the 4 extra seats for April, May and June ($419.88 by my count, plus HST) and actually remove them from the plan. A reply confirming the change would be nice &mdash; an actual one, not the ticket auto-reply.</div>
<div><br></div>
<div>Priya Raman, CPA<br>Northline Accounting &amp; Tax<br>416-555-0186</div>
</body></html>""",
L("complaint", "billing", "normal", "Priya Raman", "4165550186", "ACC-55120-CA", "", "refund"),
html=True, date="2024-07-03 15:34")

M("en", "a", "7", "morag.fleming@talktalk.net", "Washer not draining - E21",
"""Hello

My washing machine (WF-8120, bought from you last March, order no. WM/778410) has stopped draining. It gets to the end of the wash and flashes E21 and just sits there full of water. I've cleaned the filter at the bottom, there was a hair bobble and a 5p in it but that didn't fix it. I can hear the pump humming but no water going out.

It's still under the 2 year guarantee I think. Can someone come out and look at it? I'm in Dundee. I work shifts so mornings are best, not Thursdays.

Thanks
Morag Fleming
07700 900412""",
L("after_sales", "repair", "normal", "Morag Fleming", "07700900412", None, "WM/778410", "repair"),
date="2025-01-27 13:12")

M("en", "u", "q", "Dewi Lestari <dewi.lestari88@yahoo.co.id>", "Request exchange lens",
"""Dear Customer Service,

Good afternoon. I am Dewi from Surabaya. I have ordered glasses with lens index 1.74 "ultra thin" two weeks ago, Order ID: EYE-3318207. The prescription is correct (I already check with my optician) but the lens make me dizzy and headache after 1-2 hours wearing, maybe because the edge make distortion. My optician suggest me to change to index 1.67 with aspheric design.

The frame I like very much, so I only want to exchange the lens. Can I send back the glasses and you change the lens? I am willing to pay the difference if there is. Please inform me the procedure and the address to send.

Thank you very much for your help.

Best regards,
Dewi Lestari
0813-3472-5810""",
L("after_sales", "exchange", "normal", "Dewi Lestari", "081334725810", None, "EYE-3318207", "exchange"),
date="2025-02-19 15:40")

M("en", "u", "8", "Tom Kowalczyk <tkowalczyk@gmail.com>", "Re: Your order has shipped!",
"""Hi,

My wife bought me the Talus 55L pack for my birthday (order #100238817), which was very kind of her, but it's too short in the torso for me - I'm 6'4" and even on the longest setting the hip belt sits on my belly. It's unused apart from trying it on in the living room with some blankets stuffed in it. Tags are still on.

I'd like to return it for a refund to her card. She'd rather I pick one out myself in store. Do I need a return label from you or can I just drop it at a Canada Post counter? We're in Halifax.

Thanks,
Tom

On Mon, Apr 14, 2025 at 9:03 AM Ridgeback Outfitters <orders@ridgebackoutfitters.ca> wrote:
> Hi Anna,
> Great news - your order #100238817 is on its way!
> Tracking: 7302 9918 4410 2281
> Questions? Call us at 888-555-0142.
> - The Ridgeback Team""",
L("after_sales", "return", "normal", "Tom Kowalczyk", None, None, "100238817", "return refund"),
date="2025-04-26 17:25")

M("en", "u", "8", "Jason Lim <jason@bobamoments.sg>", "URGENT sealing machine spoil",
"""Hi team,

Our cup sealing machine at Boba Moments (Tampines Hub outlet) spoil this morning. Switch on got power, display also ok, but the heating plate never heat up, cups cannot seal at all. We open at 11am and now is 9.40, without the sealer we cannot sell anything lah, Grab delivery orders also cannot.

Serial no. is SLR-95-0048871, bought from you Oct last year, should still have warranty.

Can send technician down this morning? Or lend us a spare unit first. Call me at 8123 4409.

Jason Lim
Boba Moments""",
L("after_sales", "repair", "urgent", "Jason Lim", "81234409", None, "", "repair callback"),
date="2025-03-08 09:41")

M("en", "u", "b", "Ana Paula Ribeiro <anapaula.ribeiro@gmail.com>", "Extended warranty - dryer making noise",
"""Good morning,

I have one tumble dryer from your brand, model TD-9 Heat Pump, bought in your site in 2023 (pedido 88213-B). I also bought the extended warranty of 3 years, registration number 202406-118.

Since two weeks the dryer is doing a strong noise like "clack clack" when the drum turn, mainly in the start of the cycle. The clothes dry normal. I think is the bearing or the belt.

Please, how I do to use the extended warranty? I need to open a chamado (ticket) in the site or you send the technician directly? I am in Curitiba. My phone is (41) 99127-3380, can call me any time after 14h.

Thank you,
Ana Paula Ribeiro""",
L("after_sales", "warranty", "normal", "Ana Paula Ribeiro", "41991273380", None, "88213-B", "repair callback"),
date="2024-08-28 10:03")

M("en", "u", "8", "Rizky Pratama <rizky.pratama@sinarjaya-group.co.id>", "Feature request: voicemail transcription in Bahasa Indonesia",
"""Hi team,

We are using your cloud PBX in our Jakarta and Medan offices (around 60 extensions). The voicemail-to-email transcription is very useful for our English-speaking staff, but 90% of our callers speak Bahasa Indonesia and the transcription result is nonsense, e.g. "selamat siang pak" become "sell a mat see ung pack" :)

Is it possible to add Bahasa Indonesia as a transcription language? Also it would be nice if admin can choose the language per extension, because our Medan team also receive calls in Hokkien/Mandarin.

Not urgent, just a suggestion. Thanks!

Rizky Pratama
IT Infrastructure, PT Sinar Jaya Group""",
L("suggestion", "feature_request", "low", "Rizky Pratama", None, None, "", ""),
date="2024-05-21 16:12")

M("en", "u", "q", "Sophie Gagnon <sophie.gagnon22@hotmail.com>", "suggestion for your website",
"""hi! love your stuff but finding pants is a nightmare when you're 5'1". could you add a filter for inseam length (or petite/tall) on the pants page? right now i have to open every single product and scroll down to the size chart. also the size chart shows cm on some items and inches on others lol

thanks!!
sophie""",
L("suggestion", "feature_request", "low", "Sophie Gagnon", None, None, "", ""),
date="2024-12-29 00:14")

M("en", "a", "7", "Eilidh Campbell <eilidh.campbell@gmail.com>", "Lockers at Fort Kinnaird",
"""Hello,

Just some feedback. I use a wheelchair and I've been using your parcel lockers at Fort Kinnaird for a few months. It's great when my parcel lands in one of the bottom rows, but twice now it's been put in the top row, which I physically can't reach, and I had to ask a stranger in the car park to get it out for me (he was lovely, but still).

It would help if the couriers were told to use the lower compartments where they can, or if users could mark an accessibility need on their account. The screen also gets a lot of glare on a sunny day (rare in Edinburgh, I know).

Not a complaint, just something to think about.

Eilidh Campbell""",
L("suggestion", "feedback", "low", "Eilidh Campbell", None, None, "", ""),
date="2025-05-14 12:48")

M("en", "u", "8", "Grace Njeri <gracenjeri.w@gmail.com>", "washing machine question",
"""Hello,

I bought a front loader from you in January (order WM-KE-30018) and it has been washing well. I just want to ask, is it normal that when I touch the door or the metal top while it is spinning I feel a small tingling? Like a small current. Yesterday my house help said she felt it strongly on her wet hand and she dropped the basket. Today when I was removing clothes I also saw a small spark near the back where the cable goes in.

Maybe it is our socket, I don't know. For now we have switched off at the wall. Should we continue to use it?

Grace Njeri
Nairobi
0711 203 884""",
L("emergency", "safety", "urgent", "Grace Njeri", "0711203884", None, "WM-KE-30018", "explanation"),
date="2025-03-19 19:26")

M("en", "u", "8", "Daniel Tan <daniel.tan@meridianinteriors.sg>", "Fwd: Question on this month's bill",
"""Hi,

Forwarding below from our finance. Customer ID: SGC-001472.

Had a look at the call logs in the portal myself - there are 1,140 outgoing calls to numbers in Somalia, Latvia and Cuba between 1am and 5am on Sat and Sun, all from extension 208, which is a meeting room phone nobody uses. We certainly didn't make these. Looks like someone has got into that extension or the admin account. I've just changed the admin password but I'm not sure that's enough, and the calls could still be going on right now.

Can you block international calling on our account immediately and investigate? And we're obviously not paying for this.

Daniel Tan
IT & Operations, Meridian Interiors
6225 8130

---------- Forwarded message ---------
From: Sharon Lee <sharon.lee@meridianinteriors.sg>
Date: Mon, 14 Oct 2024 at 10:21
Subject: Question on this month's bill
To: Daniel Tan <daniel.tan@meridianinteriors.sg>

Hi Daniel, the phone bill this month is $8,912.40 vs the usual $640. Can you check with the vendor? Call me at 9034 6617 if you need the invoice. Thanks, Sharon""",
L("emergency", "account_security", "urgent", "Daniel Tan", "62258130", "SGC-001472", "", "explanation refund"),
date="2024-10-14 11:05")

M("en", "l1", "q", "Marc-André Bélanger <ma.belanger@boutiquelemarais.ca>", "Lockers not opening - all customers stuck",
"""Hello,

I run Boutique Le Marais in Québec City and we use your locker network for click-and-collect (merchant ID MER-40917). Since about 8:00 this morning none of our customers can open their lockers: the app shows "Error 503 - service unavailable" when they scan the QR code, and the touch screen on the locker at Place Laurier just says "Connexion au serveur...". I've had 14 customers call me already, two of them left work to come pick up.

Your status page says "All systems operational". It isn't.

Please fix this or tell me when it'll be fixed so I can tell my customers something. I'm at 418-555-0163 all day.

Marc-André Bélanger
Propriétaire, Boutique Le Marais""",
L("emergency", "system_outage", "urgent", "Marc-André Bélanger", "4185550163", "MER-40917", "", "explanation callback"),
date="2024-12-14 10:37")

M("en", "u", "8", "Callum Baird <callumbaird77@gmail.com>", "Re: Thanks for your order!",
"""Hi,

Replying to this as it's the only email I've got from you.

The Blaze Mini stove from this order - the threaded bit where it screws onto the gas canister is leaking. You can smell gas as soon as it's screwed on, and last night in the porch of the tent it caught and flared up around the canister, not just the burner. My pal got his hand singed getting it out of the tent, nothing serious, he's fine, but it could have been a lot worse. Tried it with two different canisters, same thing.

It's in a bag in the shed now and nobody's going near it. Is this a known thing? You might want to check the rest of the batch before someone gets hurt properly.

Callum

On Sat, 3 Aug 2024 at 14:22, Ridgeline Outdoor <noreply@ridgeline-outdoor.co.uk> wrote:
> Thanks for your order, Callum!
> Order HG-2291-7730
> 1 x Blaze Mini Stove - 34.99 GBP
> 1 x Titanium Spork - 8.50 GBP
> Need help? Call 0345 600 2210.""",
L("emergency", "safety", "urgent", "Callum Baird", None, None, "", "explanation"),
date="2024-08-18 21:52")

M("en", "u", "b", "Juliana Costa <ju.costa.rj@gmail.com>", "Someone changed my account!!",
"""<html><body>
<p>Hi, please help urgent</p>
<p>Today 7:15 I received e-mail from you &quot;your password was changed&quot; but I did not change nothing. I tried to enter in the app and my password not work anymore. Then I receive another e-mail confirming a booking of cleaning 6 hours on Saturday in an address in Belo Horizonte. I live in Rio, I never was in Belo Horizonte!! And my credit card was charged R$&nbsp;890,00.</p>
<p>Please block my account and cancel this booking (number BK-7723019) and return my money. My phone is (21) 97715-4028, you can call me.</p>
<p>Obrigada,<br>Juliana Costa</p>
</body></html>""",
L("emergency", "account_security", "urgent", "Juliana Costa", "21977154028", None, "BK-7723019", "refund callback"),
html=True, date="2025-06-05 07:31")

M("en", "a", "b", "Siti Rahmawati <siti.rahmawati@mitraabadi.co.id>", "Automatic reply: Your weekly style picks are here!",
"""Thank you for your email. I am out of office from 23 December 2024 until 2 January 2025 with limited access to email. For urgent matters related to purchasing, please contact Mr. Hendra at hendra@mitraabadi.co.id or 021-5290 7713.

Terima kasih.

Siti Rahmawati
Procurement, PT Mitra Abadi""",
L("other", None, "low", "Siti Rahmawati", None, None, "", ""),
date="2024-12-24 08:00", extra=[("Auto-Submitted", "auto-replied")])

M("en", "u", "8", "Linda Marsh <office@mapleridge-elementary.ca>", "Grade 5 hike - permission forms and headcount",
"""Hi Dave,

Attached are the signed permission forms for Thursday's Grade 5 hike to Golden Ears. We have 46 students confirmed plus 5 parent volunteers. Two students (Liam P. and Ava R.) have EpiPens - their teacher will carry them.

Could you confirm the bus is booked for the 8:15 pickup? Mr. Nguyen asked whether you'll be bringing the first aid kit or if the school should send one.

Thanks!
Linda Marsh
School Office, Maple Ridge Elementary""",
L("other", None, "low", "Linda Marsh", None, None, "", ""),
date="2024-09-24 13:19")

M("en", "u", "q", "Rosalind Chua <rosalind.chua@singnet.com.sg>", "Re: How did we do?",
"""Hello,

No need to fill up the survey lah, I just want to say thank you to your technician Ah Huat who came on Thursday to fix my washing machine. Very polite, explained everything to me in Hokkien, and even helped me shift the machine back properly so it doesn't walk around when spinning. He left his number 9788 2310 in case got problem again, but so far everything ok.

Please tell his boss he did a good job. 5 stars!

Rosalind Chua

> Dear Customer,
> Thank you for choosing WashPro Service. Please rate your recent repair visit
> from 1 (poor) to 5 (excellent) by clicking the link below.
> Hotline: 6744 0090""",
L("other", "thanks", "low", "Rosalind Chua", None, None, "", ""),
date="2025-05-31 15:58")
