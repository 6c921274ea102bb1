# fresh11 slice b2: Traditional Chinese (TW/HK) + English, written by hand.

# ---------------------------------------------------------------- zh-Hant

# 1 inquiry / product_info (TW, Big5)
M("zh-Hant", "b5", "8", "peichun.lin0712@gmail.com", "請問12坪客廳適合哪一台變頻冷氣",
"""您好，

我家客廳大約12坪，西曬很嚴重，夏天下午三點以後室內常常到32度。
想請問貴公司的變頻分離式冷氣「涼風R系列」，5.0kW 跟 6.3kW 哪一台比較適合？

另外想順便請教幾個問題：
1. 室外機如果裝在後陽台，離室內機大概6公尺，管線會不會超過標準長度、需要另外加錢嗎？
2. 有沒有一級能效、可以申請節能補助的機型？
3. 睡眠／靜音模式大概幾分貝？家裡有剛滿月的小嬰兒，晚上很怕吵。

目前還沒下單，只是先比較一下各家，麻煩了，謝謝。

林小姐 敬上
0912-387-604""",
L("inquiry", "product_info", "low", "林小姐", "0912387604", None, "", ""),
date="2024-06-18 21:47")

# 2 complaint / delivery_delay (HK Cantonese, base64)
M("zh-Hant", "u", "b", "chiming.chan88@yahoo.com.hk", "訂單HKM-240917-5521 到底幾時到？",
"""喂，你哋個平台搞咩呀？

我九月十七號喺你哋「易買港」落單買咗部座枱風扇同兩盒濾網，訂單號碼 HKM-240917-5521，
落單嗰陣寫明3至5個工作天送到，而家已經係第十二日，物流頁面一直停喺「已出倉」，
成個禮拜冇任何更新。

打過去你哋客服熱線 3008 1234，等咗四十幾分鐘都冇人聽；online chat 又係機械人答嘢，
問極都係叫我「耐心等候」。耐心？我已經好有耐心喇。

天氣咁熱，我買風扇就係要即刻用㗎嘛，唔係買嚟擺。
麻煩你哋即刻查清楚件貨去咗邊，話畀我知實際幾時送到，同埋解釋下點解拖咗成個禮拜都冇人通知。

陳生
9632 1178""",
L("complaint", "delivery_delay", "normal", "陳生", "96321178", None, "HKM-240917-5521", "explanation"),
date="2024-09-29 14:05")

# 3 emergency / safety, understated (TW, Big5, QP)
M("zh-Hant", "b5", "q", "王建華 <wang.jh1960@hinet-mail.example.tw>", "電風扇的問題請教",
"""客服人員您好：

我去年在貴公司網站買了一台14吋DC直流立扇，訂單編號 PF113860274，平常都很好用，沒什麼問題。

這兩天晚上開到第三段，大概開一兩個小時，就會聞到一點點焦焦的味道，我本來以為是樓下鄰居在燒東西。
昨天晚上我去摸了一下，插頭跟延長線接頭那邊燙到有點不敢摸，馬達後面的外殼也很熱，關掉以後味道才慢慢散掉。

應該不是什麼大問題吧？我先把插頭拔掉、電扇放到陽台去了。
家裡有八十幾歲的母親，白天她一個人在家都會一直開著，所以還是問一下比較安心。
麻煩派人來看一下，或是告訴我要怎麼送修。

王建華
(02)2931-5682""",
L("emergency", "safety", "urgent", "王建華", "0229315682", None, "PF113860274", "repair"),
date="2024-07-23 08:12")

# 4 after_sales / repair, cafe stopped (HK)
M("zh-Hant", "u", "8", "何家俊 <kelvin.ho@morninglight-cafe.example.hk>", "急！咖啡機冇蒸氣 今朝開唔到舖",
"""你好，

我哋係觀塘「晨光咖啡」，商戶編號 HKB-30218，去年喺你哋度租用咗一部雙頭商用咖啡機（Aurelia II）。

今朝六點半開機，鍋爐壓力錶一直停喺零，蒸氣棒完全冇蒸氣，沖出嚟啲咖啡暖暖哋咁。
我哋已經試過熄咗掣再開、檢查過入水掣同濾水器，都係一樣。
冇火花、冇燶味、冇漏水，純粹係唔熱。

而家門口已經排緊隊，我哋只可以賣凍飲同麵包，所有熱咖啡全部停晒，星期一朝早嘅生意就咁冇咗。
麻煩今日安排師傅上嚟維修，最好中午之前，要換零件都冇問題，應該仲喺保養期內。

何家俊（店長）
手提：6187 2290""",
L("after_sales", "repair", "urgent", "何家俊", "61872290", "HKB-30218", "", "repair"),
date="2024-11-04 07:02")

# 5 emergency / account_security, formal (TW, Big5, base64)
M("zh-Hant", "b5", "b", "張雅婷 <yating.chang@example.com.tw>", "帳號疑似遭盜用，請協助凍結",
"""您好：

本人為「安心看診」App 會員，會員編號 AX-7730215。

今日（3月4日）上午10:12收到一則簡訊驗證碼，但我當時並沒有進行任何登入；
10:20又收到Email通知「您的登入信箱已變更」，之後我用原本的密碼已經無法登入。

我的帳號內綁定了信用卡，也存有我與母親兩人的病歷、處方及檢驗報告。
擔心對方盜刷，或取得我們的個人健康資料，懇請貴公司立即凍結此帳號，並協助查明登入來源。

聯絡電話：0935-662-018（白天隨時可接）

張雅婷 敬上""",
L("emergency", "account_security", "urgent", "張雅婷", "0935662018", "AX-7730215", "", "explanation"),
date="2025-03-04 10:31")

# 6 complaint / service_attitude (TW laundry, QP, full-width phone)
M("zh-Hant", "u", "q", "amy.chou.tw@gmail.com", "關於貴店門市人員的態度",
"""您好，

我是「潔衣坊」中山店的老客戶，收送洗服務用了快兩年。

上週六（3/15）我到門市取回兩件襯衫和一件羊毛大衣，取件單號 LD-250315-0087。
回家發現大衣右邊袖口有一塊明顯的黃漬，送洗前是沒有的。

隔天我拿回去，很客氣地問櫃台的小姐可不可以幫我看一下，她第一句就說「這本來就有吧，我們收的時候沒注意到」，
然後就一直低頭滑手機，我再問一次，她回我一句「不然妳要怎樣」。
後面排隊的客人都在看，我真的覺得很難堪。

衣服的問題可以再討論，但這種口氣真的不是服務業該有的。
希望主管了解一下當天的狀況，給我一個說法。

周小姐
０９２８－１１４－３７５""",
L("complaint", "service_attitude", "normal", "周小姐", "0928114375", None, "LD-250315-0087", "explanation"),
date="2025-03-17 12:40")

# 7 after_sales / return, quoted shipping notice (TW, Big5)
M("zh-Hant", "b5", "8", "黃冠宇 <gy.huang@example.net>", "Re: 您的行李箱訂單已出貨",
"""您好，

箱子收到了，但是一打開就發現右後輪的輪軸是歪的，拉起來會一直往右偏，還有喀喀喀的聲音，完全沒辦法用。
我下週四要出國，不想拖著壞的去。

我要辦退貨退款，不要換貨（同款同色網站上已經顯示缺貨了），
請告訴我要怎麼寄回、退款大概多久會入帳。

訂單：TRV-88213-TW

黃冠宇
0956 230 447

> 親愛的顧客您好：
> 您訂購的「28吋鋁框行李箱（霧銀）」已於 2025/04/02 出貨，
> 物流單號：SF1598830014523
> 如有任何問題，歡迎來電客服專線 0800-221-688 或直接回覆此信。
> 旅程家 客服中心 敬上""",
L("after_sales", "return", "normal", "黃冠宇", "0956230447", None, "TRV-88213-TW", "return refund"),
date="2025-04-04 19:26")

# 8 inquiry / billing (HK parking app)
M("zh-Hant", "u", "8", "李美玲 <meiling.lee@example.hk>", "查詢：信用卡好似被扣咗兩次泊車費",
"""你好，

我一直用開你哋「泊易」App。上星期三（7月10日）喺九龍灣德福停咗兩個鐘，
App 顯示收費 $56，App 入面個訂單號係 PY20240710-33817。

但係今日睇信用卡網上理財，同一日見到兩筆 $56 嘅扣數。
唔知係咪其中一筆係預授權，過幾日會自動退返？定係真係扣咗兩次？
唔急嘅，麻煩幫我查一查，唔該晒。

李美玲
9458 0031""",
L("inquiry", "billing", "normal", "李美玲", "94580031", None, "PY20240710-33817", "explanation"),
date="2024-07-16 22:18")

# 9 suggestion / feature_request (TW streaming box, Big5)
M("zh-Hant", "b5", "8", "蔡明哲 <mingche.tsai@example.tw>", "小建議：電視盒可以加兒童模式嗎",
"""你好，

我用你們的「影視通」4K電視盒大概半年了，整體很滿意，畫質跟開機速度都不錯。

有兩個小建議：
一、希望可以加「兒童模式」或是每日觀看時數限制。我家兩個小孩放學回來就一直看影片，
　　現在我只能把電源拔掉藏起來……
二、首頁推薦常常出現只有簡體字幕的片，希望可以設定「只顯示有繁體中文字幕」的內容。

沒有要抱怨的意思，只是覺得加了會更好用。謝謝！

蔡明哲""",
L("suggestion", "feature_request", "low", "蔡明哲", None, None, "", ""),
date="2025-01-09 23:02")

# 10 other / spam (TW marketplace seller pitch, base64)
M("zh-Hant", "u", "b", "網店成長顧問 陳凱文 <growth.kevin@shopboost.example.com>",
"【限時優惠】賣場評價快速衝到4.9星，一個月業績翻倍！",
"""老闆您好：

還在為賣場評價卡在 4.3 星、廣告費越燒越多卻沒訂單煩惱嗎？

我們「蝦速成長」團隊專門協助各大購物平台賣家：
✔ 真人帳號五星好評，每則只要 NT$15
✔ 商品關鍵字排名保證進首頁
✔ 代操廣告，ROI 不到 3 倍免費
✔ 聊聊自動回覆腳本，半夜也能成交

本月前 20 名簽約送「百則好評禮包」！
歡迎加 LINE：@shopboost88 了解方案。

陳凱文
蝦速成長 電商顧問

※若不想再收到此類訊息，請回覆「退訂」。""",
L("other", None, "low", "陳凱文", None, None, "", ""),
date="2024-10-21 11:30")

# 11 complaint / product_quality, third time, 消委會 + 報館 (HK, QP, Outlook quote)
M("zh-Hant", "u", "q", "黃太 <wongtai.lokfu@example.hk>", "第三次：冷氣機又漏水！",
"""你哋係咪當我哋客人傻㗎？

部窗口式冷氣（CW-1218）今年六月喺你哋網店買，訂單號：AC2406-11873。
七月第一次漏水，派人嚟換咗條去水喉；八月初又漏，師傅話係「安裝角度問題」，調咗一調就走；
今日第三次，水由機底滴落窗台再流落地板，我屋企啲木地板已經起晒泡。

每次打嚟都話「已經跟進」，跟進咗兩個月都係咁。
相同片我全部影晒，如果今個星期再冇人正式處理，我會直接去消委會投訴，順便寄畀報館。

我要求：一係成部換新，一係全數退款；另外地板嘅損失你哋要賠。

黃太
電話：6723 4159


-----Original Message-----
From: 冷氣專家客服 <cs@aircon-expert.example.hk>
Sent: Monday, August 5, 2024 3:12 PM
To: wongtai.lokfu@example.hk
Subject: 回覆：冷氣機漏水

黃太您好，

多謝您的來信，對於造成不便我們深表歉意。
我們已安排技術員梁師傅（電話 9011 2236）於8月7日上門檢查。
如有任何查詢，歡迎致電客戶服務熱線 2117 8800。

冷氣專家 客戶服務部""",
L("complaint", "product_quality", "urgent", "黃太", "67234159", None, "AC2406-11873", "exchange refund compensation"),
date="2024-09-02 20:55")

# 12 after_sales / installation (TW, Big5)
M("zh-Hant", "b5", "8", "劉家豪 <jiahao.liu@example.com>", "冷氣安裝時間改期",
"""您好，

我在 5/20 於貴公司網路商城訂了一台分離式冷氣 4.1kW（一對一），訂單號碼 #ML0520-66197，
原本約 6/1（六）上午安裝。

因為我們社區管委會規定週末不能施工（室外機要吊掛），想改到 6/3（一）或 6/4（二），
上午下午都可以。
另外室外機要掛在外牆，四樓，請師傅記得帶吊架；如果吊掛需要額外費用，麻煩先告知金額。

地址：新北市板橋區文化路二段某巷，安裝當天管理室會幫忙登記。

劉家豪
0918-772-035""",
L("after_sales", "installation", "normal", "劉家豪", "0918772035", None, "ML0520-66197", ""),
date="2024-05-27 09:14")

# 13 emergency / system_outage, rambling (HK parking app)
M("zh-Hant", "u", "8", "梁偉強 <wkleung.hk@example.com>", "你哋個app",
"""我平時好少寫email投訴嘢，通常有咩都算數，但今晚真係冇辦法。

今晚大概九點半同老婆仔女去尖沙咀食完飯，架車泊咗喺廣東道嗰邊個停車場，
嗰度出閘係要用你哋「泊易」App 掃 QR code 俾錢先開閘嘅，冇人收現金。
十點幾準備走，App 一撳「付款」就彈「系統繁忙，請稍後再試」，試咗成半個鐘，
信用卡、PayMe、八達通綁定全部都唔得，重新安裝 App 又係一樣。
管理處個職員話佢哋冇權開閘，叫我搵你哋，熱線又一直冇人聽。

同一個停車場另外兩架車都係咁，所以唔係我部電話嘅問題。
車入面仲有個兩歲仔，已經喊到攰咗瞓咗，我老婆好嬲。

而家十一點幾，我哋仲困喺度。請即刻處理，或者打畀我：5512 0983

梁偉強""",
L("emergency", "system_outage", "urgent", "梁偉強", "55120983", None, "", "callback"),
date="2024-12-14 23:17")

# 14 inquiry / how_to (TW telemedicine)
M("zh-Hant", "u", "8", "陳淑芬 <shufen.chen1968@example.com>", "請問怎麼在App上傳健保卡",
"""您好，不好意思打擾。

我幫我媽媽（70歲）註冊了「安心看診」，想下週幫她預約線上回診，
可是在「證件上傳」那一頁按拍照，一直跳出「請允許相機權限」，按了允許還是一樣，
不知道是不是手機太舊（她用的是好幾年前的安卓手機）。

另外也想問：視訊看診是要先付款，還是看完才付？可以用健保嗎？

謝謝您。
陳淑芬""",
L("inquiry", "how_to", "low", "陳淑芬", None, None, "", ""),
date="2025-02-11 15:40")

# 15 complaint / wrong_item, formal business letter, HTML-only (HK)
M("zh-Hant", "u", "8", "采豐貿易有限公司 <admin@choifung-trading.example.hk>", "有關訂單 EM-HK-20241105-0092 貨品錯誤事宜",
"""<html><body>
<div style="font-family:PMingLiU,serif;font-size:14px">
<p>致：易買港 客戶服務部</p>
<p>敬啟者：</p>
<p>本公司於二零二四年十一月五日經&nbsp;貴平台訂購 20 吋鋁框登機行李箱共二十個（訂單編號：EM-HK-20241105-0092），作本公司成立十五周年員工紀念品之用。</p>
<p>貨品已於十一月十二日送抵本公司，惟點收時發現其中八個為 24 吋款式，並非本公司所訂購之 20 吋登機箱；外箱標籤亦與訂單不符。上述錯誤貨品已原封保存，並已拍照記錄。</p>
<p>由於紀念品須於十一月二十二日周年晚宴上派發，懇請&nbsp;貴公司盡快安排以正確之 20 吋款式更換上述八個行李箱，並同時安排收回錯誤貨品。如未能於晚宴前送達，請預先通知，以便本公司另作安排。</p>
<p>此致<br>易買港 客戶服務部</p>
<p>采豐貿易有限公司<br>
行政部 鄭嘉欣<br>
電話：+852 2891 3345<br>
二零二四年十一月十三日</p>
</div>
</body></html>""",
L("complaint", "wrong_item", "normal", "鄭嘉欣", "28913345", None, "EM-HK-20241105-0092", "exchange"),
html=True, date="2024-11-13 10:05")

# 16 after_sales / warranty, hotel, tax id trap (TW, Big5, QP)
M("zh-Hant", "b5", "q", "日光旅店 採購部 <purchase@sunlight-inn.example.tw>", "客房電視保固維修申請（共12台）",
"""貴公司 台鑒：

本旅店於 2024 年 3 月透過貴公司企業採購專案，購入 55 吋智慧電視 40 台
（訂單編號：B2B-2403-0158；本旅店統一編號：52841307），安裝於二至五樓客房。

近兩個月陸續有 12 台出現畫面垂直亮線，其中 3 台已完全無法顯示，只有聲音。
已請本店工務人員確認過訊號線及電源，並更換 HDMI 線測試，問題仍在。
以上電視皆在三年保固期內，請協助安排工程師到店檢修或更換面板。

故障電視之房號及機身序號另附於下：
203、207、215、301、309、310、402、411、418、503、506、512

因客房需配合訂房狀況，到店時間請事先聯繫，以平日上午為佳。

日光旅店 採購部
吳宗翰
電話：+886 (0)4 2326 7781 分機 215""",
L("after_sales", "warranty", "normal", "吳宗翰", "0423267781", None, "B2B-2403-0158", "repair"),
date="2024-10-08 10:22")

# 17 emergency / safety, electric shock (HK cafe, base64)
M("zh-Hant", "u", "b", "麥詠詩 <wingsze.mak@cafelumen.example.hk>", "咖啡機",
"""你好，

我哋係銅鑼灣一間細 café，用緊你哋去年嚟裝嘅商用咖啡機，客戶編號：CL-008812。

今朝開舖前，同事用濕布抹沖煮頭嗰陣俾電咗一下，佢話成條手臂麻咗成分鐘，
而家兩隻手指仲有少少痺，我已經叫咗佢去睇醫生。
我哋即刻熄咗總掣，冇再用過部機。

諗返起，之前都有一兩次摸到機身側邊有啲麻麻哋，當時以為係靜電冇理。

請即刻派人嚟檢查，我哋唔敢再開機。

麥詠詩
Café Lumen
9871 6624""",
L("emergency", "safety", "urgent", "麥詠詩", "98716624", "CL-008812", "", "repair"),
date="2025-05-06 08:47")

# 18 other / thanks, technician's phone trap (TW)
M("zh-Hant", "u", "8", "鄭美惠 <meihui.cheng@example.com>", "感謝李師傅",
"""您好，

昨天下午來我家修冷氣的李志遠師傅，真的非常專業。
他不但很快找出是冷媒管接頭的問題，還順便幫我們把室內機的濾網和出風口都清乾淨，
走之前把地上的防塵布收得乾乾淨淨，一點都沒弄髒。

我爸爸耳朵不太好，李師傅也很有耐心地一直重複說明遙控器怎麼設定，
還留了他的電話 0933-208-517 說之後有問題可以先問他。

現在這種師傅真的不多了，特地寫信表揚，希望公司可以給他鼓勵。
不用回信，謝謝。

鄭美惠""",
L("other", "thanks", "low", "鄭美惠", None, None, "", ""),
date="2024-08-20 21:09")

# 19 inquiry / order_status, pre-order luggage (TW, Big5, base64)
M("zh-Hant", "b5", "b", "許志豪 <zhihao.hsu@example.com>", "預購的行李箱什麼時候出貨？",
"""您好，

我在 2/14 預購了一個 26 吋霧面綠行李箱，訂單 #TW20250214-883，
商品頁寫「3月上旬出貨」，但現在已經 3/12 了，訂單狀態還是「備貨中」。

想確認一下大概什麼時候會寄出？我 4/5 要去日本，不知道來不來得及。
如果確定來不及，也請先跟我說，我再看看要怎麼處理。

許先生
手機 0970-118-552""",
L("inquiry", "order_status", "normal", "許志豪", "0970118552", None, "TW20250214-883", ""),
date="2025-03-12 13:26")

# 20 after_sales / refund, HTML-only with quoted agent reply (HK, +86 phone)
M("zh-Hant", "u", "8", "張嘉欣 <kayan.cheung@example.hk>", "RE: 有關您的視像診症預約",
"""<html><body>
<div>你好，</div>
<div><br></div>
<div>我 10 月 3 日喺你哋 app 預約咗皮膚科視像診症（預約編號 TM-HK-771045），已經用信用卡俾咗 $380。</div>
<div>當日醫生一直冇上線，等咗 40 分鐘之後 app 彈出「醫生已取消預約」。</div>
<div><br></div>
<div>你哋同事回覆話會幫我「安排改期」，但係我當晚已經去咗附近診所睇咗，<b>唔需要改期</b>，只係想全數退款返張信用卡。</div>
<div>麻煩處理，唔該。我平日喺深圳返工，搵我可以打 +86 139 2876 4410。</div>
<div><br></div>
<div>張嘉欣</div>
<div><br></div>
<blockquote style="border-left:2px solid #ccc;padding-left:8px;color:#555">
<p><b>From:</b> 康寧視診 客戶服務 &lt;support@healthnow.example.hk&gt;<br>
<b>Sent:</b> 2024年10月4日 11:20<br>
<b>Subject:</b> 有關您的視像診症預約</p>
<p>張小姐您好，</p>
<p>對於醫生臨時取消預約，我們深感抱歉。我們會為您優先安排改期，稍後同事 Joanne 會致電聯絡您。如有疑問，歡迎致電 3102 5566。</p>
<p>康寧視診 客戶服務部</p>
</blockquote>
</body></html>""",
L("after_sales", "refund", "normal", "張嘉欣", "13928764410", None, "TM-HK-771045", "refund"),
html=True, date="2024-10-04 18:33")

# 21 complaint / billing, quoted reply (HK laundry subscription, QP)
M("zh-Hant", "u", "q", "何詠欣 <winghin.ho@example.com.hk>", "Re: 關於您的月費計劃",
"""「系統延遲」？延遲兩個月？

我八月尾已經喺 app 取消咗「洗衣月費計劃」（會員編號 WL552093），取消畫面我仲有截圖，
點解九月同十月都照扣我 $488？上次你哋一句「系統延遲」就打發咗我，結果十月又扣多次。

啲錢我已經叫咗信用卡公司做 chargeback，唔使你哋退，
但我要你哋解釋清楚點解取消咗仲繼續扣，同埋正式同我道歉。
我唔想第三個月再見到同一樣嘢。

何詠欣

> 何小姐您好：
> 感謝您的查詢。經查核，您的取消申請因系統延遲未能即時生效，
> 我們已為您更新紀錄，下期將不會再收取月費。
> 潔淨速遞 客戶服務組""",
L("complaint", "billing", "normal", "何詠欣", None, "WL552093", "", "explanation apology"),
date="2024-10-09 09:58")

# 22 emergency / account_security, buried in a how-to (TW marketplace seller)
M("zh-Hant", "u", "8", "林志偉 <zw.lin.handmade@example.com>", "請問收款帳戶要在哪裡修改",
"""您好，

我在貴平台開了一間小賣場，賣手工皂，商家編號 S-TW-204417。
想請問收款銀行帳戶要在後台哪裡修改？我找了很久都找不到。

會想改是因為今天登入後台，看到收款帳戶變成一個中國信託的帳號，
但我從來沒有中信的帳戶，也沒有改過。撥款紀錄顯示 3/28 已經撥款 NT$23,460 到那個帳號。
另外登入紀錄裡有一筆 3/27 凌晨 2:14 從越南 IP 的登入，不確定是不是系統顯示錯誤。

是不是我自己改回來就可以了？那筆錢會不會有問題？
麻煩回覆，謝謝。

林志偉
0922 604 318""",
L("emergency", "account_security", "urgent", "林志偉", "0922604318", "S-TW-204417", "", "explanation"),
date="2025-03-29 16:44")

# 23 suggestion / feedback (HK parking app)
M("zh-Hant", "u", "8", "袁家樂 <kalok.yuen@example.hk>", "對「泊易」App 嘅一啲意見",
"""你好，

用咗你哋 App 差唔多半年，整體嚟講都幾方便，起碼唔使再揾散紙。有幾樣嘢想反映下：

1. 地圖顯示嘅「剩餘車位」好多時唔準，試過顯示有 12 個位，入到去先知爆滿，
   兜一圈出返嚟又要俾最低消費。
2. 月租車位到期前冇提示，上個月差啲俾人罰。
3. 收據淨係得 app 入面睇到，公司報銷要逐張截圖，好麻煩。

唔係投訴，只係覺得可以做得更好。

袁家樂""",
L("suggestion", "feedback", "low", "袁家樂", None, None, "", ""),
date="2025-06-02 12:15")

# 24 after_sales / exchange (TW streaming box remote, Big5, QP)
M("zh-Hant", "b5", "q", "楊雅雯 <yawen.yang@example.tw>", "遙控器無法配對，申請換貨",
"""您好，

上週在貴公司官網購買「影視通」4K電視盒，訂單編號：ES2409-030721。

收到後遙控器一直配對不了。照說明書長按「OK」＋「返回」鍵5秒，燈號閃完就沒有反應，
換了全新的電池、盒子重新開機也試過，都一樣。
盒子本身用手機App控制是正常的，所以應該是遙控器的問題。

目前還在七天鑑賞期內，希望能換一支新的遙控器，或是整組換貨也可以。
請告訴我要怎麼寄回，謝謝。

楊小姐
０９６３－５５１－２７０""",
L("after_sales", "exchange", "normal", "楊雅雯", "0963551270", None, "ES2409-030721", "exchange"),
date="2024-09-26 20:03")

# 25 other / misdirected (HK parent writing to a teacher)
M("zh-Hant", "u", "8", "區惠玲 <auwl.family@example.hk>", "子軒明天請病假",
"""陳老師你好，

子軒今晚開始發燒，三十八度半，明天（星期四）應該返唔到學，想同佢請一日病假。
醫生紙遲啲補返交畀學校。

另外佢今個星期嘅中文默書同埋數學工作紙，唔知可唔可以麻煩老師叫同學幫手抄低？

唔該晒老師。

子軒媽媽
區惠玲""",
L("other", None, "low", "區惠玲", None, None, "", ""),
date="2025-02-19 21:37")

# ---------------------------------------------------------------- English

# 26 inquiry / product_info (Welsh, us-ascii 7bit)
M("en", "a", "7", "Rhys Prydderch <rhys.prydderch@example.co.uk>", "Portable air con for a conservatory - couple of questions",
"""Hiya,

We've got a conservatory on the back of the house (about 4m x 3.5m, south facing) and it turns into
a greenhouse from about May onwards. Looking at your CoolMate portable units and trying to decide
between the 9000 BTU and the 12000 BTU.

A few questions if you don't mind:
- Will the 9000 actually cope with a glass roof or am I kidding myself?
- Does the window kit fit a sliding patio door or only sash windows?
- How loud is it on the lowest setting? The wife wants to read in there in the evenings.
- Standard 13A plug, I assume?

Not in a rush, just want to get it sorted before the summer.

Diolch,
Rhys Prydderch
01558 822 419""",
L("inquiry", "product_info", "low", "Rhys Prydderch", "01558822419", None, "", ""),
date="2025-04-14 19:20")

# 27 complaint / delivery_delay (Ghanaian, waybill number trap)
M("en", "u", "8", "Kwame Asante-Boateng <kwame.ab@example.com.gh>", "My order still not reach me",
"""Please good afternoon,

I am writing to complain about my order number MP-558120-GH which I made on the 2nd of this month on your
marketplace. It is a standing fan and one extension board. The seller said it have been dispatched since
the 5th and gave me waybill number 4401298375 but up till now nothing has reach me.

I have called the delivery man several times, he is always saying I should exercise patience, it is on
the way. Today is the 19th. This is not fair at all, I paid full amount through mobile money before
delivery as your app requested.

I need you people to tell me exactly what is happening with my parcel and when it will reach me.

Thank you.
Kwame Asante-Boateng
024 412 7788""",
L("complaint", "delivery_delay", "normal", "Kwame Asante-Boateng", "0244127788", None, "MP-558120-GH", "explanation"),
date="2024-03-19 14:52")

# 28 emergency / safety, buried, misleading subject, HTML-only (NZ)
M("en", "u", "q", "Aroha Whitcombe <aroha.whitcombe@example.co.nz>", "Re: Thanks for your purchase! Tell us what you think",
"""<html><body>
<p>Kia ora,</p>
<p>Happy to fill in your little survey, though I'll just write it here if that's ok.</p>
<p>We got the 65&quot; one about three weeks ago (order no. NZ-TV-40917). Picture is gorgeous, the rugby has never looked better and my partner is very smug about it. The streaming apps are good too, although the home screen is a bit laggy when you first switch it on and the remote's voice button picks up the dog barking more than it picks up me.</p>
<p>Delivery guys were lovely, 5 stars for them.</p>
<p>Oh and one other thing, probably nothing and no rush &ndash; the last couple of nights there's been a smell like melting plastic coming from behind the telly, and the bottom left corner of the back panel is too hot to keep my hand on. I think I saw a little orange flicker through the vents last night after we turned it off at the wall but it might have been a reflection. The kids watch it after school most days. Anyway could you let me know if that's normal for these?</p>
<p>Cheers,<br>Aroha<br>021 084 5521</p>
</body></html>""",
L("emergency", "safety", "urgent", "Aroha Whitcombe", "0210845521", None, "NZ-TV-40917", "explanation"),
html=True, date="2024-07-28 20:41")

# 29 after_sales / repair, bakery stopped (us-ascii, QP)
M("en", "a", "q", "Sophie Lindqvist <sophie@crumbandco.example.co.uk>", "Espresso machine down - need an engineer TODAY please",
"""Hi,

Crumb & Co, customer ID CB-20931. Our two-group machine (the Veloce Duo you installed last spring) has
died on us this morning. Boiler heats up fine, pressure gauge looks normal, but the pump just hums and
nothing comes through either group head. No leaks, nothing burning, it just won't push water.

We open at 7 and the morning coffee trade is basically half our takings - right now we're turning
people away and selling pastries only. I've descaled it on schedule and we've already tried the
usual reset and checking the water supply.

Please get someone out to us today, whatever time, even after close if that's all you've got.

Sophie Lindqvist
Crumb & Co Bakery
07700 914 226""",
L("after_sales", "repair", "urgent", "Sophie Lindqvist", "07700914226", "CB-20931", "", "repair"),
date="2025-01-21 07:38")

# 30 emergency / account_security, fraud (Pakistani, base64)
M("en", "u", "b", "Muhammad Usman Qureshi <usman.qureshi@example.pk>", "Unauthorized consultations booked from my account",
"""Respected Sir/Madam,

I am Muhammad Usman Qureshi, registered user of your HealthLink telemedicine app (Patient ID: HL-PK-0093321).

Kindly note that today morning I have received 3 SMS of payment deduction of Rs. 2,500 each from my
saved debit card for online consultations which I have not booked. The booking numbers showing in the
app are HLB-55102, HLB-55103 and HLB-55104, all with a "doctor" I have never heard of.

When I opened the app I also saw my profile email has been changed to some gmail ID which is not mine,
and in login history there is a login from Karachi at 3:40 am while I am in Lahore and was sleeping.

Kindly block my account immediately, remove my card, and reverse these transactions. Also please
explain how this happened as my medical reports are also in this account.

My cell: 0321-4567890

Regards,
M. Usman Qureshi""",
L("emergency", "account_security", "urgent", "Muhammad Usman Qureshi", "03214567890", "HL-PK-0093321",
  "HLB-55102 HLB-55103 HLB-55104", "refund explanation"),
date="2024-08-12 09:05")

# 31 complaint / product_quality, repeated, lawyer + PROFECO, Outlook quote (Mexican, ISO-8859-1)
M("en", "l1", "8", "Alejandro Ibáñez <a.ibanez@example.mx>", "RE: Case about broken handle",
"""Hello,

This is the second time I write you about the same problem and I am very, very disappointed.

The telescopic handle of the suitcase you sent me as replacement broke AGAIN, exactly in the same
place, on my second trip. I was in the airport of Monterrey pulling the suitcase by the side strap
like an idiot. This is not a cheap suitcase, I paid almost $6,000 pesos for it.

I don't want another replacement of the same bad model. I want my money back complete, and a
compensation for the taxi and the bag I had to buy in the airport.

I already consulted with my lawyer. If I don't receive a real solution in 48 hours I will present a
formal complaint in PROFECO and I will publish everything with photos in social media.

Alejandro Ibáñez
55 3482 1190

-----Original Message-----
From: TravelPro Customer Care <care@travelpro-bags.example.com>
Sent: Tuesday, May 14, 2024 11:02 AM
To: Alejandro Ibáñez
Subject: RE: Case about broken handle

Dear Mr. Ibáñez,

We are sorry to hear about your experience. We have created replacement order RP-20931 and your new
suitcase will ship within 3 business days. For any questions please call us at 800 112 4470.

Kind regards,
Mariana
TravelPro Customer Care

-----Original Message-----
From: Alejandro Ibáñez
Sent: Monday, May 13, 2024 8:47 PM
Subject: Case about broken handle

Hello, the handle of my suitcase broke in the first trip. The order is 4471-0938-MX. Please help.""",
L("complaint", "product_quality", "urgent", "Alejandro Ibáñez", "5534821190", None, "4471-0938-MX", "refund compensation"),
date="2024-07-02 22:16")

# 32 after_sales / return (HK English, +852)
M("en", "u", "8", "Jason Tsang <jason.tsang.hk@example.com>", "return tower fan",
"""Hi,

I bought the tower fan from your online shop last week, order no. 100238847. Actually the fan is working,
but the noise is quite loud lor, even level 1 got some buzzing sound, my wife cannot sleep at all.

Still within the 7 days so I want to return it. Can you arrange courier to pick up from my home
(Tseung Kwan O)? Box and everything still have.

My number is +852 6128 4470, whatsapp also can.

Thanks
Jason""",
L("after_sales", "return", "normal", "Jason Tsang", "61284470", None, "100238847", "return"),
date="2024-06-25 23:50")

# 33 inquiry / billing, property manager (NZ), with own earlier message quoted
M("en", "u", "8", "Tamsin Hale <tamsin.hale@harbourview.example.co.nz>", "Query on March statement - possible duplicate pickup",
"""Hi there,

Following up on my email below as I haven't heard back yet, no drama.

We have a commercial account with you for the building's linen and guest-suite laundry
(Account ID: HV-7731). Our March statement shows two pickups on 14 March, booking refs LX-03140A and
LX-03140B, but our concierge log only shows one collection that day.

Could you check whether the second one is a duplicate before I send the statement to our body
corporate for payment? Not disputing anything yet, just want it to be right.

Thanks,
Tamsin Hale
Property Manager, Harbourview Residences
09 373 4410

On Mon, 7 Apr 2025 at 9:12 AM, Tamsin Hale <tamsin.hale@harbourview.example.co.nz> wrote:
> Hi, quick one - is there a duplicate on our March statement (14 March)? Ta, Tamsin""",
L("inquiry", "billing", "normal", "Tamsin Hale", "093734410", "HV-7731", "LX-03140A LX-03140B", "explanation"),
date="2025-04-10 11:03")

# 34 suggestion / feature_request, small gym (Welsh, us-ascii)
M("en", "a", "7", "Ioan Griffiths <ioan@ironvalleygym.example.co.uk>", "Idea for the parking app - business validation",
"""Hello,

I run a small gym in Pontypridd and most of our members park in the pay-and-display behind us, which
uses your app. Nearly every day someone gets caught out because their class ran over by 15 minutes.

Would you ever consider a "business validation" option? Something like: we register as a business,
members scan a code at our front desk, and the first 90 minutes is paid by us (we'd get a monthly
invoice). Costa down the road would probably use it too.

Happy to be a guinea pig if you ever trial it.

Cheers,
Ioan Griffiths
Iron Valley Gym
01443 487 220""",
L("suggestion", "feature_request", "low", "Ioan Griffiths", "01443487220", None, "", ""),
date="2024-11-19 13:37")

# 35 other / job application (Ghanaian, base64)
M("en", "u", "b", "Nana Ama Owusu <nanaama.owusu@example.com>", "Application for Customer Service Representative position",
"""Dear Hiring Manager,

I wish to apply for the Customer Service Representative position advertised on your careers page.

I hold an HND in Marketing from Accra Technical University and have two years experience at a
mobile money call centre, where I handled about 80 calls a day and was awarded agent of the month
three times. I am fluent in English, Twi and Ga, and comfortable working shifts including weekends.

My CV is attached for your consideration. I can be reached on 020 655 3891 at any time.

Thank you for your time, I look forward to hearing from you.

Yours faithfully,
Nana Ama Owusu""",
L("other", None, "low", "Nana Ama Owusu", "0206553891", None, "", ""),
date="2024-05-08 10:10")

# 36 emergency / system_outage, seller center down (Taiwanese English, HTML-only)
M("en", "u", "8", "Kevin Lai <kevin.lai@greenleaf-shop.example.tw>", "Seller center cannot print label since morning!!",
"""<html><body>
<div>Dear Support,</div>
<div>&nbsp;</div>
<div>Since 9:40 this morning your seller center is not working. When we click &quot;Print shipping label&quot; it show <b>Error 502 Bad Gateway</b>, and the order list page is loading forever. We tried Chrome, Edge, different computer and different network, all same.</div>
<div>&nbsp;</div>
<div>Today is 11.11 campaign day, we have more than 300 orders waiting to ship and our warehouse staffs are all just sitting and waiting. If we cannot ship today the platform will give us late-shipment penalty points, which is not our fault.</div>
<div>&nbsp;</div>
<div>Our Shop ID: TWS-118204</div>
<div>Please fix it or tell us any workaround. Please call me when you see this email.</div>
<div>&nbsp;</div>
<div>Kevin Lai<br>Greenleaf Living<br>Mobile: +886 (0)911-205-873</div>
</body></html>""",
L("emergency", "system_outage", "urgent", "Kevin Lai", "0911205873", "TWS-118204", "", "callback"),
html=True, date="2024-11-11 11:26")

# 37 complaint / service_attitude, laundry driver (NZ, us-ascii)
M("en", "a", "7", "brooke.fairweather@example.co.nz", "your driver",
"""Hi,

Your driver who came for my pickup on Tuesday night (booking #WL-99812, white van, about 7.15pm) was
honestly the rudest person I've dealt with in a long time. I was on the phone to him saying I'd be
down in two minutes - I live on the third floor and was carrying two full bags - and by the time
I got to the door he was swearing at me about "people wasting his time" and threw the bags into the
back of the van.

I've used you guys for over a year and never had a problem. I don't want him doing my pickups again
and I'd like someone to actually acknowledge this wasn't ok.

Brooke Fairweather
027 441 9083""",
L("complaint", "service_attitude", "normal", "Brooke Fairweather", "0274419083", None, "WL-99812", "apology"),
date="2025-05-22 08:30")

# 38 after_sales / warranty, Gmail quote with hotline trap (Welsh, ISO-8859-1, QP)
M("en", "l1", "q", "Siân Llewellyn <sian.llewellyn@example.co.uk>", "Re: Your VisionPlus support request",
"""Hello again,

Thanks for getting back to me, but I'm still not clear what I actually need to do.

To recap: the 50" TV I bought from you 14 months ago (order VP-UK-3300918) has developed a dark
cloudy patch in the middle of the screen, most obvious on football and anything with a bright
background. It's not been knocked or moved. Your website says the warranty is 2 years, so I'd like
it repaired under that please.

Do I need to bring it somewhere, or will someone collect it? I don't drive, and it's too big for the
bus, obviously.

Siân Llewellyn
07823 556 104

On Tue, 3 Sep 2024 at 10:02, VisionPlus Support <support@visionplus.example.co.uk> wrote:
> Dear Customer,
> Thank you for contacting VisionPlus. For screen faults please call our warranty line
> on 0800 048 2211 (Mon-Fri 9-5) with your serial number ready.
> Kind regards, VisionPlus Support""",
L("after_sales", "warranty", "normal", "Siân Llewellyn", "07823556104", None, "VP-UK-3300918", "repair"),
date="2024-09-04 17:12")

# 39 inquiry / how_to (Mexican, ISO-8859-1)
M("en", "l1", "8", "Guadalupe Rendón <lupita.rendon@example.mx>", "subtitles spanish?",
"""Hi, how I can put the subtitles in spanish in the streaming box? I search in settings but only found
english and chinese. My mother don't read english.

Also can I connect my phone for see the photos in the TV? My phone is samsung.

thanks!!
Lupita""",
L("inquiry", "how_to", "low", "Guadalupe Rendón", None, None, "", ""),
date="2025-02-02 18:25")

# 40 after_sales / installation, property manager (HK English)
M("en", "u", "8", "Winnie Lau <winnie.lau@kingsfordcourt.example.hk>", "Installation of 6 split-type AC units - Kingsford Court",
"""Dear Sir/Madam,

We have purchased six split-type air-conditioners from your company for our management office and
guard rooms (your quotation accepted on 18 Nov, our order ref. KFC-PO-2411-06). Please arrange
installation at your earliest convenience.

Please note the following building requirements:
1. Contractors must submit a copy of third-party insurance and a work permit application to the
   management office at least 48 hours before work starts.
2. Works are only allowed 9:00am - 6:00pm, Monday to Saturday.
3. The outdoor units for the guard rooms will be mounted on the podium roof; access is via the
   service lift only.

Preferred dates are 2-4 December. Kindly confirm the date and the number of technicians.

Regards,
Ms. Winnie Lau
Property Manager, Kingsford Court
Tel: +852 2573 0918""",
L("after_sales", "installation", "normal", "Winnie Lau", "25730918", None, "KFC-PO-2411-06", ""),
date="2024-11-21 15:48")

# 41 emergency / safety, buried at the end of a filter question (Ghanaian)
M("en", "u", "8", "Efua Mensah <efua.mensah@example.com>", "Question about cleaning of AC filter",
"""Good morning,

Please I want to ask how often I should wash the filter of the split AC I bought from your shop in
January. The manual says every two weeks but the technician who installed it said once a month is ok.
Which one is correct? Also is it ok to use soap or only water?

Another thing, on the remote when I set it to 24 it is still very cold, is that normal?

By the way when I switch on the AC the socket is making small sparks and a crackling sound, and there is
a smell like something burning. The wall around the socket is becoming black small small. I have still
been using it for two days now because the heat is too much. Is it normal for new AC?

Thank you,
Efua Mensah
055 781 2264""",
L("emergency", "safety", "urgent", "Efua Mensah", "0557812264", None, "", "explanation"),
date="2024-03-06 09:44")

# 42 complaint / wrong_item, bakery (native English)
M("en", "u", "8", "Oliver Trent <oliver@trentsbakehouse.example.co.uk>", "Wrong part AGAIN",
"""Hello,

I ordered a group head gasket (8.5mm) and a shower screen for our Veloce Duo espresso machine through
your marketplace, order #A-20250118-7731. What arrived was a steam wand tip and a gasket that's
clearly the wrong size - doesn't even sit in the group.

This is the third time I've had to chase one of your sellers for the wrong part. The listing had the
right photo and the right part number, so I don't know how it's going wrong at your end. Please send
the correct gasket and screen, and send me a returns label for the rubbish you sent.

Oliver Trent
Trent's Bakehouse""",
L("complaint", "wrong_item", "normal", "Oliver Trent", None, None, "A-20250118-7731", "exchange"),
date="2025-01-24 16:02")

# 43 other / thanks (HK English)
M("en", "u", "8", "Cheryl Wong <cherylwong.hk@example.com>", "Thank you Causeway Bay counter!!",
"""Hi,

Just want to say a big thank you to your Causeway Bay service counter. My suitcase wheel broke on the
way to the airport express and I rushed in there with 2 hours before my flight, the staff (short hair
lady with glasses) changed the wheel in 20 minutes and didn't even charge me because still under
warranty.

Made it to Osaka with no problem. Really appreciate it!

Cheryl Wong""",
L("other", "thanks", "low", "Cheryl Wong", None, None, "", ""),
date="2024-12-27 22:40")

# 44 inquiry / order_status, forwarded shipping mail, tracking trap (Pakistani)
M("en", "u", "8", "Ayesha Siddiqui <ayesha.siddiqui@example.pk>", "Fwd: Your LuggageHub order has shipped",
"""Assalam o Alaikum,

I placed order No. 55019283 on 2nd Feb for the 3-piece cabin trolley set. As you can see below, the
status is showing "Shipped" with TCS tracking 7720193384, but TCS website is saying "No record found"
since 4 days.

Kindly confirm if the parcel is actually dispatched or not. My sister's wedding is in March and the
bags are for her, so I just want to be sure.

Regards,
Ayesha Siddiqui
0300-8214473

---------- Forwarded message ---------
From: LuggageHub Orders <orders@luggagehub.example.pk>
Date: Mon, 5 Feb 2024 at 14:10
Subject: Your LuggageHub order has shipped

Dear Customer,
Good news! Your order has been shipped via TCS. Tracking number: 7720193384.
For help, call our UAN 021-111-222-333.
Team LuggageHub""",
L("inquiry", "order_status", "normal", "Ayesha Siddiqui", "03008214473", None, "55019283", ""),
date="2024-02-09 12:31")

# 45 suggestion / feedback, laundry packaging (HK English)
M("en", "u", "8", "Cecilia Fung <cecilia.fung@example.hk>", "Feedback on packaging",
"""Hello,

I have been using your laundry pickup service every week since last year, very convenient and the
ironing is good. One feedback only: every time the clothes come back, each shirt is in its own
plastic bag plus a new plastic hanger. After one month I have a whole bag of plastic to throw away.

Maybe can offer a reusable garment bag option, and take back the hangers at next pickup? I think many
customers would like it, and even pay a bit more.

Thanks,
Cecilia""",
L("suggestion", "feedback", "low", "Cecilia Fung", None, None, "", ""),
date="2025-04-22 09:17")

# 46 suggestion / feature_request, telemedicine (Taiwanese English)
M("en", "u", "8", "Yu-Ting Chen <yuting.chen@example.tw>", "Some suggestions for the app",
"""Hello,

I am a Taiwanese living in Taipei and use your telemedicine app for my family. It is very helpful,
especially the video consult at night.

Some suggestions:
1. The prescription page only show in Chinese medical terms. My husband is foreigner, can you add
   an English version or at least English drug names?
2. Please add medicine reminder, like notification "take 1 tablet after dinner".
3. When the doctor is late, can the app show how many people before me? Now we just wait and don't
   know.

Thank you for your great work.
Yu-Ting Chen
+886 (0)2 2365-0184""",
L("suggestion", "feature_request", "low", "Yu-Ting Chen", "0223650184", None, "", ""),
date="2024-10-30 21:55")

# 47 emergency / account_security, forwarded password-change notice (Mexican)
M("en", "u", "b", "Fernanda Castillo Ruiz <fer.castillo@example.mx>", "Fwd: URGENT SECURITY NOTICE: your password was changed",
"""Hello,

I forward you this email I received tonight at 11:48. I did NOT change my password. Now I cannot
enter my account with my password and in my bank app I see two charges from your marketplace for
$8,499 and $3,250 MXN that I never did.

With the "forgot password" I could enter again from my laptop, and in my order history there are two
orders I don't recognize, 7781203 and 7781209, both going to an address in Tijuana. I don't know
anybody in Tijuana.

I think somebody stole my account. Please block it, cancel those orders and return my money.

Fernanda Castillo Ruiz
33 1876 4402

---------- Forwarded message ---------
From: MercaPlaza Security <no-reply@mercaplaza.example.mx>
Date: Thu, 20 Jun 2024, 23:48
Subject: URGENT SECURITY NOTICE: your password was changed

Hi Fernanda,
The password for your MercaPlaza account was changed. If this wasn't you, call us immediately
at 800 123 4567.
MercaPlaza Security Team""",
L("emergency", "account_security", "urgent", "Fernanda Castillo Ruiz", "3318764402", None, "7781203 7781209", "refund"),
date="2024-06-21 00:22")

# 48 other / auto-reply (Welsh lettings agent; colleague's phone is a trap)
M("en", "a", "7", "Gareth Evans <g.evans@swanlettings.example.co.uk>", "Automatic reply: Your monthly invoice is ready",
"""Thank you for your email.

I am out of the office until Monday 14th October with limited access to email. For urgent lettings
matters please contact my colleague Carys on 01792 650 311.

Diolch / Thank you,
Gareth Evans
Swan Lettings""",
L("other", None, "low", "Gareth Evans", None, None, "", ""),
date="2024-10-07 08:00")

# 49 inquiry / policy (NZ, us-ascii)
M("en", "a", "7", "Callum McKenzie <callum.mck@example.co.nz>", "before I book",
"""Hey team,

Thinking of trying your pickup & delivery laundry. Before I book - what's your policy if something
gets lost or damaged? I've got a wool suit and a couple of silk shirts I'd want done at some point.

Also do you charge if nobody's home for the return drop-off, or do you just leave it at the door?

Cheers
Callum McKenzie""",
L("inquiry", "policy", "low", "Callum McKenzie", None, None, "", ""),
date="2025-03-03 12:08")

# 50 complaint / logistics, courier left parcel in the rain (Welsh)
M("en", "u", "q", "Bethan Pryce <bethan.pryce@example.co.uk>", "Parcel thrown over my gate in the rain",
"""Hi,

My streaming box (order 204-7781920-33) arrived today, or rather it was lobbed over my side gate and
left face down in a puddle. I've got it on the doorbell camera - the driver didn't even knock, just
threw it and took a photo of it on the ground as "proof of delivery".

The box is soaked through. The device inside seems to work, thankfully, but that's not the point.
This is the third parcel from your marketplace that this courier has delivered like this, and when
I reported the last one nothing happened.

I'd like an explanation of what you are actually going to do about this courier, and an apology
wouldn't go amiss either.

Bethan Pryce""",
L("complaint", "logistics", "normal", "Bethan Pryce", None, None, "204-7781920-33", "explanation apology"),
date="2024-12-03 17:29")
