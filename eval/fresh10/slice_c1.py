# fresh10 slice c1: hard cases in zh-Hans / zh-Hant / en, written by hand.

# ---------------------------------------------------------------- inquiry (9)

M("zh-Hans", "gbk", "b", "梁晓雯 <liangxw_reads@126.com>", "投诉？不算吧，就问个扣费的事",
"""你好，

先说明一下我不是来投诉的，只是有点没看明白。

我用的是你们的墨阅 K7 阅读器，开通的是“畅读年卡”，去年 11 月开的，当时付了 198 元。这个月 3 号支付宝又扣了一笔 198，备注写的是“墨阅畅读自动续费”。可是我记得年卡应该到今年 11 月才到期？是不是我开的其实是连续包月之类的，还是系统提前扣了？

账单截图我没法附上（公司邮箱不让传图片），订单号抄在这里：
去年那笔 MY2311087754
这个月这笔 MY2406030192

麻烦帮我查一下是怎么回事，下一期到底什么时候到期。不急，有空回复就好。

会员编号 C20231108337

梁晓雯
138 2716 4490""",
L("inquiry", "billing", "normal", "梁晓雯", "13827164490", "C20231108337", "MY2311087754 MY2406030192", "explanation"),
date="2024-06-05 12:47")

M("en", "u", "q", "Chloe Ng <chloe.ng.hk@gmail.com>", "Where is my dress??",
"""Hi Bellamore team,

Sorry for the dramatic subject line, my sister typed it for me :) I'm actually not worried yet, I just want to check.

I ordered the "Camellia" A-line gown in ivory, size 8, with the extended train. Order ref VEIL-2024-0771-B. Your email on 2 Sept said it had been dispatched from the atelier and gave a DHL waybill 4417229031, but the DHL page has said "shipment information received" for six days now and nothing else.

The wedding is 12 October so there is still time, but I need the first fitting with my seamstress around the 25th. Could you check with DHL, or just tell me whether it has actually left the workshop?

Thanks so much,
Chloe Ng
+852 6123 4478""",
L("inquiry", "logistics", "normal", "Chloe Ng", "61234478", None, "VEIL-2024-0771-B", ""),
date="2024-09-09 21:15")

M("zh-Hant", "b5", "q", "蔡佩珊 <peishan.tsai@gmail.com>", "請問嬰兒監視器穿牆",
"""您好：

想請問你們的 BabyEye 3 嬰兒監視器，我家是老公寓，牆很厚，嬰兒房和客廳中間隔了兩道牆加一間浴室，直線大約 12 公尺。官網寫傳輸距離 300 公尺是空曠地，那像我家這種情況大概還收得到嗎？

另外夜視模式是紅外線的嗎？會不會看到紅光讓寶寶睡不好？

還沒下單，想先確認再買。謝謝！

蔡佩珊""",
L("inquiry", "product_info", "low", "蔡佩珊", None, None, "", ""),
date="2025-02-17 14:03")

M("en", "a", "7", "Dmitri Kovalenko <d.kovalenko@northgatefreight.com>", "off cycle run",
"""how do I do an off-cycle payroll run in PayNest for one employee without it messing up the regular monthly run? cant find it anywhere in the menu

Dmitri""",
L("inquiry", "how_to", "low", "Dmitri Kovalenko", None, None, "", ""),
date="2025-01-28 16:52")

M("zh-Hans", "u", "8", "魏先生 <weiqiang77@163.com>", "Re: 【康邻大药房】您的投诉工单 #TS0611 已结案",
"""好的，收到了。上次的事情就算了。

另外顺便问一下：你们处方药如果还没拆封，能不能退？我妈妈的降压药医生刚换了方子，以后可能会碰到这种情况，先问清楚。非处方的保健品是不是七天无理由？

魏

在 2024-06-11 16:42:10，"康邻大药房客服" <service@kanglin-yf.com> 写道：
> 尊敬的客户：
> 关于您投诉的配送延误问题，我们深表歉意，已为您补偿 10 元无门槛优惠券，
> 该投诉工单现已结案。如您仍不满意，可回复本邮件或致电 400-672-9911。
> 康邻大药房 客户服务中心""",
L("inquiry", "policy", "low", "魏先生", None, None, "", ""),
date="2024-06-12 08:31")

M("zh-Hant", "u", "b", "何志強 <hck.kitchen@yahoo.com.hk>", "製冰機幾時送到？",
"""你好，

我哋上星期訂咗一部雪山牌 SM-450 製冰機同兩張不鏽鋼工作枱，訂單號 HK-PO-88213，商户號 M0087215。當時話 7 至 10 個工作天送貨，想問下而家去到邊個階段？有冇大概送貨日期？

因為要預先約師傅嚟拆舊機，所以想早啲知。唔該晒。

何生
旺角 金記冰室
9345 2871""",
L("inquiry", "order_status", "normal", "何志強", "93452871", "M0087215", "HK-PO-88213", ""),
date="2024-11-04 15:20")

M("zh-Hans", "g18", "b", "阿杰 <jiehao_1999@qq.com>", "骑行扣费问一下",
"""客服你好，

昨天晚上十点多我在滨江路扫码骑了一辆小蓝鲸，骑到家大概 15 分钟，按道理是 1.5 元，结果行程里显示 12 元，明细里多了一项“调度费 10 元”。

我停车的地方是小区门口的白线框里面，app 当时也显示“已在停车点内”，所以有点奇怪。想问下这个调度费是怎么判断的？是不是定位漂了？

行程编号 XL20240918221044（不知道是不是你们说的订单号）
我打过 95 开头那个客服电话，一直排队，后来就挂了。

手机号：+86 186 0571 2239
郝杰""",
L("inquiry", "billing", "normal", "郝杰", "18605712239", None, "XL20240918221044", "explanation"),
date="2024-09-19 09:12")

M("zh-Hans", "u", "q", "苏曼 <suman0612@foxmail.com>", "婚纱物流",
"""您好，我是订了“月白”那款鱼尾婚纱的苏曼，订单号 HS0529-3318。

物流显示昨天下午到了杭州萧山转运中心，之后就一直没更新。我明天早上 7 点化妆师就到酒店了，婚纱最晚明早 6 点前必须到我手上。

请问今天能不能派送？能不能帮我联系一下快递那边加急，或者告诉我转运中心的地址，我自己开车过去取也行。

运单号 YT7788102934561
我的电话 139 5718 0627，今晚一直开机，有消息麻烦打给我。

谢谢，真的拜托了。""",
L("inquiry", "logistics", "urgent", "苏曼", "13957180627", None, "HS0529-3318", "callback"),
date="2024-05-31 16:20")

M("en", "u", "8", "Priya Raman <priya.raman.writes@outlook.com>", "quick one re: Lumen 6 and the bath",
"""Hello,

Is the Lumen 6 actually OK to read in the bath? The box says IPX8 but the little manual says "avoid prolonged exposure to hot water and steam". I don't want to wreck it.

My old Lumen 4 died after I dropped it in the kitchen sink (my own fault, not complaining!). Also, does salt water void the warranty? We're off to the beach in December.

Cheers,
Priya""",
L("inquiry", "product_info", "low", "Priya Raman", None, None, "", ""),
date="2024-11-20 22:41")

# ---------------------------------------------------------------- complaint (10)

M("zh-Hans", "gbk", "8", "陈国栋 <chengd_canyin@163.com>", "咨询一下",
"""咨询一下你们到底还想拖多久？

5月20号下的单，商用六头燃气灶加双温冷柜，订单号 CY20240520-0461，合同上白纸黑字写的 7 天内到货安装。今天已经 6 月 4 号了！

你们 400 电话我打了四次，每次都说“已经加急了”“明天给您回电”，没有一次有人回过电话。我新店装修都弄完了，房租一天一天在交，厨师招来了在那干坐着，这个损失谁出？

我最后说一次：明天中午 12 点前给不出准确的送货时间，我直接打 12315 投诉，同时把你们的聊天记录发到本地美食群和抖音上曝光。

陈国栋
手机 135 1098 7742""",
L("complaint", "delivery_delay", "urgent", "陈国栋", "13510987742", None, "CY20240520-0461", "explanation compensation"),
date="2024-06-04 18:05")

M("en", "u", "q", "Margaret O'Donnell <m.odonnell58@btinternet.com>", "Your pharmacist",
"""<html><body>
<div>Dear Sir or Madam,</div>
<p>I telephoned on Tuesday 14th about my repeat prescription (order no. RX-55120-K) because the strength printed on the label was different to what my GP prescribed. The pharmacist I spoke to &mdash; I believe her name was Tanya &mdash; told me I &quot;should have read it properly before ringing&quot; and that she &quot;hasn&#39;t got all day&quot;.</p>
<p>I am 71 and I was simply checking, which I thought was the sensible thing to do with heart medication. The tablets turned out to be correct (the manufacturer has changed the packaging), so this is not about the medicine. It is about being spoken to like a nuisance. I have used your pharmacy for three years and never had this before.</p>
<p>I would like an apology, and I would like someone to make sure this doesn&#39;t happen to the next person who rings.</p>
<p>Yours faithfully,<br>
Margaret O'Donnell<br>
01632 960418</p>
</body></html>""",
L("complaint", "service_attitude", "normal", "Margaret O'Donnell", "01632960418", None, "RX-55120-K", "apology"),
html=True, date="2025-01-16 10:22")

M("zh-Hant", "b5", "8", "林冠宇 <kuanyu.lin0825@gmail.com>", "你們的計費系統有問題吧",
"""我上禮拜五（8/23）早上從捷運站騎到公司，大概 2 公里，結果被扣了 NT$185。明細寫「超出營運範圍 罰款 150」。

我明明停在你們 App 上標示的站點旁邊，而且停好還有拍照！你們 App 上那個站點的位置根本跟地圖上畫的電子圍籬對不起來，這是你們的問題，不是我的問題。

請把 150 退給我，並且說明一下那個圍籬到底畫在哪裡。被這樣亂扣錢，我以後也不太敢騎了。

林冠宇
+886 (0)928 317 405""",
L("complaint", "billing", "normal", "林冠宇", "0928317405", None, "", "refund explanation"),
date="2024-08-26 08:44")

M("zh-Hans", "u", "b", "周婷 <zhouting.tiff@gmail.com>", "收到的婚纱不对！！",
"""你好，

今天下午收到婚纱，打开一看我整个人都懵了。我订的是象牙白、M 码、长拖尾（订单号 2405LZ00913），你们寄来的是香槟色、S 码、短拖尾，吊牌上的款号都不一样——寄来的是 MS-1182，我订的是 MS-1128。

下单的时候客服反复跟我确认过颜色和尺码，我都截图了。现在离婚礼只剩十天，我真的不知道你们仓库是怎么发货的。

我的要求：
1. 马上给我换成正确的那件，顺丰加急寄，来回运费你们出；
2. 给我一个说法，到底是怎么发错的。

周婷  15821436608""",
L("complaint", "wrong_item", "normal", "周婷", "15821436608", None, "2405LZ00913", "exchange explanation"),
date="2024-06-18 17:36")

M("en", "u", "8", "Derek Halvorsen <dhalvorsen@fastmail.com>", "Third NestWatch unit - last email before this goes further",
"""To whoever actually reads these,

This is my fourth email and my third NestWatch Duo. Original order NW-240118-3390. Every single unit has done exactly the same thing: somewhere between 1 and 3 a.m. the parent unit drops the connection, shows "Searching..." and DOESN'T ALARM. The out-of-range alert you advertise on the box never goes off. We only find out when we wake up and the screen is dark.

Your team's answer each time has been "reset to factory settings" and then "we'll send a replacement". Your case reference is 77120, look it up, it's all there. I've done the resets. I've moved the router. I've done everything except sit up all night watching it, which, funnily enough, is the thing I bought a monitor to avoid.

I don't want a fourth unit. I want a full refund of the $289, including the return postage I've already paid twice. If I don't have that confirmed in writing by Friday I'm taking this to the ACCC and my solicitor, and the whole email chain goes up on the parents' forum your marketing people love so much.

Derek Halvorsen
0412 558 903""",
L("complaint", "product_quality", "urgent", "Derek Halvorsen", "0412558903", None, "NW-240118-3390", "refund"),
date="2024-04-09 06:58")

M("zh-Hans", "gb", "q", "黄一鸣 <huangyiming@sina.com>", "回复: 关于您反馈的残影问题",
"""你们这个回复我不能接受。

新机到手第三天就有明显残影，翻页以后上一页的字还淡淡地留在屏幕上，手动全刷也刷不干净。你们说“墨水屏残影属于正常现象”，那为什么我用了四年的老款一点都没有？同价位别家的也没有？

我不想寄回去“检测”再等两个礼拜，我要的是你们正面回答：这一批屏幕是不是有问题？别的用户有没有同样的反馈？

订单号：EB2024031502277

黄一鸣

发件人: 书墨客服 <kefu@shumo-reader.cn>
发送时间: 2024年3月22日 10:15
收件人: huangyiming@sina.com
主题: 关于您反馈的残影问题

黄先生您好：
墨水屏残影属于正常现象，您可以在设置中开启“每页全刷”。如仍不满意，可申请售后返修，寄回检测后为您维修或换新。
售后热线 400-118-6620，技术员小刘 177 0211 3345。""",
L("complaint", "product_quality", "normal", "黄一鸣", None, None, "EB2024031502277", "explanation"),
date="2024-03-22 13:40")

M("zh-Hant", "u", "8", "張美玲 <mlchang.tw@yahoo.com.tw>", "藥品被放在門口淋雨",
"""你好，

昨天颱風天，你們合作的物流把我訂的胰島素筆針和血糖試紙直接丟在公寓一樓大門外面，沒按電鈴也沒打電話。我下班回來整箱都濕透了，保冷袋裡的冰寶早就退冰。

胰島素要冷藏，你們應該比誰都清楚吧？配送單上明明寫著「需冷藏、請當面簽收」。

訂單編號：KL-TW-2410-05562

請給我一個解釋，為什麼會這樣送。這批藥我現在不敢用，也想知道你們打算怎麼處理。

張美玲
(02) 2758-3106""",
L("complaint", "logistics", "normal", "張美玲", "0227583106", None, "KL-TW-2410-05562", "explanation"),
date="2024-10-04 19:27")

M("zh-Hant", "u", "b", "黃太 <wongtai.hk@netvigator.com>", "預訂閱讀器",
"""你好，

我喺三月預訂咗兩部閱影 Note 彩色版，一部自己用，一部俾個女，訂單 PRE-HK-003817，當時話五月尾發貨，錢一早全數俾咗。

而家已經七月中，我已經 email 咗三次、打咗兩次電話，每次都話「廠方延遲，下星期有消息」，到依家連一個確實日期都冇。

我而家要求你哋：一、三日內俾一個確實發貨日期；二、解釋點解延咗兩個月都冇主動通知客人。我唔想再聽「下星期」。如果呢個星期內仍然冇答覆，我會直接去消委會投訴。

黃太
6677 0193""",
L("complaint", "delivery_delay", "urgent", "黃太", "66770193", None, "PRE-HK-003817", "explanation"),
date="2024-07-15 11:09")

M("zh-Hans", "u", "8", "邓丽 <dengli@hengtai-mould.com>", "关于个税专项附加扣除导入的几个问题",
"""你好，

我是恒泰模具财务部的邓丽。我们公司从今年 1 月开始用你们的薪易通，之前一直是 Excel 加个税客户端，切换过来以后整体来说方便了不少，这个先肯定一下。

写这封邮件原本是想问几个操作上的问题，顺便也说一件让我很不舒服的事。

先说问题：
1. 专项附加扣除我们是从自然人电子税务局导出来再导入你们系统的，但是有 6 个员工的“赡养老人”金额导入以后变成了 0，我核对过原始文件是有数据的。是不是模板的列顺序变了？
2. 年中有两个员工从外地分公司调过来，累计预扣的起始月份在系统里怎么设置？帮助文档里只写了新入职的情况。
3. 工资条能不能只发给部分员工？上个月补发奖金只涉及车间 20 来个人，结果全员都收到一张 0 元的工资条，好几个人跑来问我是不是扣他们钱了。

这些问题我昨天下午大概 3 点半打电话到你们技术支持问过。接电话的是一个男的，我第一个问题还没说完他就说“模板自己下新的”，我说我下的就是新的，他又说“那是你们自己数据有问题”。我请他帮我看一下，他说“这个你们自己看文档吧”，然后就挂了，前后不到两分钟。我做财务十几年了，不是不会看文档才打电话的。

我们每年付给你们的服务费也不少，这种态度我觉得不能接受。希望你们给个道歉，另外安排一个懂业务、有耐心的同事给我回个电话，把上面三个问题一起讲清楚。

客户编号：C20230915088

邓丽
恒泰模具（东莞）有限公司 财务部
电话 0769-8562 3310 转 8021""",
L("complaint", "service_attitude", "normal", "邓丽", "076985623310", "C20230915088", "", "apology callback"),
date="2024-07-10 09:26")

M("en", "l1", "q", "Hannah Whitcombe <hannah@whitcombe-dental.co.uk>", "March invoice - seat count wrong AGAIN",
"""Hi,

Our March invoice has us down for 40 PayNest seats again. We have 25 people on payroll and that hasn't changed since last year.

This is the second time. In January exactly the same thing happened, Kelvin apologised, called it a "legacy seat count issue" and credited us (see below). Now it's back. I run a dental practice, I don't have time to audit your invoices every month.

Please refund the difference for March (15 seats, £97.50) and tell me what has actually been changed on our account so that April's invoice is right.

Customer ID: C20221104019

Hannah Whitcombe
Practice Manager, Whitcombe Dental

On Tue, 14 Jan 2025 at 10:02, Kelvin Brooks <billing@paynest-mail.com> wrote:
> Hi Hannah,
> Apologies for this, it was a legacy seat count issue on our side. I've
> applied a credit of £97.50 to your account and corrected the seat count to 25.
> If you have any other questions please call us on 0800 048 7712.
> Kelvin""",
L("complaint", "billing", "normal", "Hannah Whitcombe", None, "C20221104019", "", "refund explanation"),
date="2025-03-04 13:15")

# ---------------------------------------------------------------- after_sales (10)

M("zh-Hans", "gbk", "b", "刘海峰 <lhf_xiangyuan@163.com>", "洗碗机坏了，下午要开餐",
"""你好，

我们店去年在你们这买的洁霸 HT-80 揭盖式洗碗机，今天上午 10 点多突然停了，面板显示 E4，水泵不抽水，断电重启好几次都一样。没冒烟、没漏电，也没有怪味，就是不工作。

晚上 5 点开餐，今晚有 200 多位的预订，没有洗碗机根本转不过来。麻烦今天下午 3 点前派师傅过来修，上门费、配件费该多少是多少。

店名：湘缘小厨（龙岗万达店）
设备序列号 HT80-2303-118725
保修卡上的客户编号 C20230311206
联系人 刘海峰 137-1420-3368""",
L("after_sales", "repair", "urgent", "刘海峰", "13714203368", "C20230311206", "", "repair"),
date="2024-10-12 11:02")

M("en", "u", "q", "Jonas Lindqvist <jonas.lindqvist@protonmail.com>", "RETURN. Now.",
"""I've had the Lumen 6 for nine days. The frontlight has a yellow blotch bottom left, the page-turn lag is ridiculous, and frankly I regret buying it.

I'm not interested in troubleshooting, firmware updates or a "replacement unit". I'm inside your 14-day return window. Send me a return label and refund the £149 to my card.

Order 1184-2207-93.

Jonas""",
L("after_sales", "return", "normal", "Jonas Lindqvist", None, None, "1184-2207-93", "return refund"),
date="2024-12-02 19:50")

M("zh-Hant", "b5", "b", "吳家豪 <wu.chiahao@hotmail.com>", "保固維修申請",
"""您好：

去年 11 月在貴公司官網購買 BabyEye 3 一組（訂單號碼 BE2311270045），最近攝影機畫面常常出現一條一條的綠色橫紋，重開機也一樣，主機的螢幕本身是正常的。

應該還在一年保固內，請問要怎麼送修？要寄到哪裡？需不需要附發票？

吳家豪
0933-561-208""",
L("after_sales", "warranty", "normal", "吳家豪", "0933561208", None, "BE2311270045", "repair"),
date="2024-08-07 21:33")

M("zh-Hans", "u", "8", "宋女士 <4471829@qq.com>", "回复：订单取消通知",
"""你们说缺货取消订单，这个我理解，但是都 5 个工作日了，钱还没退回来。当时说 1-3 个工作日原路退回。

订单 KL240815006617，金额 236.8 元（奥司他韦颗粒加退热贴）。麻烦尽快把钱退给我，今天给个准话。

宋

------------------ 原始邮件 ------------------
发件人: "康邻大药房" <noreply@kanglin-yf.com>
发送时间: 2024年8月15日(星期四) 晚上9:02
收件人: "4471829" <4471829@qq.com>
主题: 订单取消通知

您好，您的订单 KL240815006617 因库存不足已取消，款项将在1-3个工作日内原路退回。
如有疑问请致电客服热线 400-672-9911。""",
L("after_sales", "refund", "normal", "宋女士", None, None, "KL240815006617", "refund"),
date="2024-08-22 10:18")

M("en", "u", "8", "Aisha Rahman <aisha.r.bridal@gmail.com>", "Re: Your Bellamore order has shipped!",
"""Hi,

The dress arrived yesterday and it's beautiful, but it is far too big in the bodice. I'm a UK 10 and it fits like a 14. I haven't worn it outside and all the tags are still on.

Can I exchange it for the size down? The wedding is 9 November so there should be enough time if you can send the new one this week. Order BM-77Q-20418.

Please let me know how to send it back.

Aisha Rahman
07700 900614

> Great news - your order is on its way!
> Questions about your dress? Our bridal concierge is available on 0800 221 9087.""",
L("after_sales", "exchange", "normal", "Aisha Rahman", "07700900614", None, "BM-77Q-20418", "exchange"),
date="2024-10-08 09:45")

M("zh-Hans", "g18", "q", "马建军 <majianjun_bake@163.com>", "烤箱安装预约",
"""您好，

我们订的万焙 WB-3D 三层电烤箱已经送到店里了（订单号 WB202410221187），当时说好包安装的，送货师傅说安装要另外约时间。

我们这边需要 380V 接线，电工已经把线拉到位了。请问安装师傅哪天能过来？我们周二、周三下午两点以后都可以，周末不行。

联系人：马建军
电话：＋８６ １５９ ０２８１ ６６４０""",
L("after_sales", "installation", "normal", "马建军", "15902816640", None, "WB202410221187", ""),
date="2024-10-28 15:37")

M("zh-Hant", "u", "b", "陳怡君 <yichun.chen@pchome.com.tw>", "翻頁鍵壞了可以修嗎",
"""<html><body>
<div>您好：</div>
<div>我的閱影 Lite（2021 年買的，應該已經過保固了）右側的實體翻頁鍵按下去沒有反應，觸控翻頁還可以用。</div>
<div>請問可以付費維修嗎？大概多少錢、要多久？我人在台中，可以直接送到門市嗎？</div>
<div>&nbsp;</div>
<div>會員編號：C20210614552</div>
<div>陳怡君<br>+886 (0)4 2251 7738</div>
</body></html>""",
L("after_sales", "repair", "normal", "陳怡君", "0422517738", "C20210614552", "", "repair"),
html=True, date="2025-03-11 20:14")

M("en", "u", "8", "Lorraine Pike <l.pike@riverbendsurgery.co.uk>", "MC-300 fridge not cooling",
"""Hello,

Our MedCool MC-300 vaccine fridge has stopped cooling. The display reads 11.4C and climbing (it should be 2-8). The compressor is silent, the fan is running. No burning smell, no tripped breaker, nothing dramatic, it just isn't cooling.

We've moved the stock into validated cool boxes but we can only hold it in range for about four hours, and our flu clinic starts at 2 pm with 140 patients booked.

Service contract SC-4471-RB. Please get an engineer to us today.

Lorraine Pike
Practice Manager, Riverbend Surgery
01632 418227 (ask for me at reception)""",
L("after_sales", "repair", "urgent", "Lorraine Pike", "01632418227", None, "", "repair"),
date="2024-10-15 09:52")

M("zh-Hans", "gb", "8", "彭磊 <penglei_0328@126.com>", "投诉！！！",
"""本来想写个投诉，想想算了，懒得吵。

上周三收到的婴儿监视器，用了五天，我老婆说夜里那个屏幕太亮，放在床头根本睡不着，调到最低还是亮；声音检测也太灵敏，孩子翻个身就叫。就是不适合我们家。

还在七天无理由里面，包装盒、配件、说明书都在，麻烦给我办退货退款，能上门取件最好。

订单号 77012486530
彭磊 18913347702""",
L("after_sales", "return", "normal", "彭磊", "18913347702", None, "77012486530", "return refund"),
date="2025-04-21 22:08")

M("en", "u", "8", "Marco Bellini <marco@trattoriabellini.com.au>", "Fwd: ice machine",
"""Hi there,

Forwarding this from my head chef. The FrostLine FL-120 ice machine we bought from you in March is leaking from underneath and making ice very slowly. It's still under the 2-year warranty.

Not urgent, we're buying bagged ice for now, but can you book a warranty technician for sometime next week? Order FL-AU-031877.

Thanks,
Marco Bellini
Trattoria Bellini
(03) 9421 8806

---------- Forwarded message ---------
From: Luca Ferraro <luca.chef.ferraro@gmail.com>
Date: Mon, 14 Apr 2025 at 07:12
Subject: ice machine
To: Marco Bellini <marco@trattoriabellini.com.au>

Marco the ice machine is leaking again, puddle under it every morning and its only making half a bin overnight. I rang the number on the sticker, no answer. Give them my mobile 0423 119 845 if the tech needs to talk to me.
Luca""",
L("after_sales", "warranty", "normal", "Marco Bellini", "0394218806", None, "FL-AU-031877", "repair"),
date="2025-04-14 10:30")

# ---------------------------------------------------------------- suggestion (5)

M("zh-Hans", "u", "b", "韩小北 <hanxiaobei@outlook.com>", "你们的阅读器真的太难用了",
"""标题可能有点冲，别紧张，不是投诉。

我用书墨 K5 两年了，整体挺满意，就是有几个地方每天都在折磨我：
1. 导入 PDF 不能调页边距，扫描版的书白边一大圈，字小得要命；
2. 笔记只能按书导出，不能一次全部导出成一个文件；
3. 生词本不能同步到手机上。

建议下个固件版本考虑一下，尤其是第 1 条。要是能加上，我再给朋友推荐就更有底气了。

韩小北""",
L("suggestion", "feature_request", "low", "韩小北", None, None, "", ""),
date="2024-12-29 23:17")

M("en", "u", "8", "Tom Gallagher <tgallagher@eircom.net>", "Your bikes are a menace on Baggot St",
"""Not a complaint exactly. I use the bikes most days and I like them.

But every morning there are six or seven of them dumped across the footpath outside the pharmacy on Baggot St, because the nearest parking zone is 300m away and people can't be bothered. My mother uses a walker and had to step out onto the road to get past them last week.

Suggestion: put a parking zone on the wide bit of pavement by the bank at the corner, and maybe give riders a small credit for ending in a zone at rush hour. I reckon you'd fix half the problem overnight.

Tom""",
L("suggestion", "feedback", "low", "Tom Gallagher", None, None, "", ""),
date="2024-05-13 08:06")

M("zh-Hant", "b5", "q", "許雅婷 <yating.hsu@tw-chenfeng.com.tw>", "薪資系統的小建議",
"""您好：

我們公司使用貴公司的 PayNest 薪資系統兩年了，整體很順手。有個小建議：

每月勞保、健保、勞退的投保異動，目前系統只能匯出 Excel，我們還要自己轉成勞保局 e 化服務系統要的格式，每次都要花半天。如果能直接匯出符合勞保局格式的檔案，相信很多台灣客戶都會很感謝。

另外，寄給員工的薪資單 PDF 能不能加上公司浮水印？

謝謝！

許雅婷 人資部
辰豐科技股份有限公司 統一編號 24538816
(02) 8797-2210 #315""",
L("suggestion", "feature_request", "low", "許雅婷", "0287972210", None, "", ""),
date="2024-09-25 14:48")

M("zh-Hans", "u", "8", "周文涛 <zwt_green@163.com>", "你们的快递盒能不能别这么夸张",
"""每次在你们家买药，哪怕就一瓶维生素，也是一个鞋盒那么大的纸箱，里面塞满泡泡膜和泡沫颗粒，拆完一地垃圾，我家猫还追着泡沫粒满屋跑。

先说清楚我不是要投诉，药都是好好的，送得也快。就是建议：小件用信封式的气泡袋就够了，需要冷链的另说；另外下单页能不能加个“简易包装”的选项，我第一个勾。

周文涛""",
L("suggestion", "feedback", "low", "周文涛", None, None, "", ""),
date="2025-02-08 12:20")

M("en", "a", "7", "Rohan Patel <rohan.patel.85@gmail.com>", "parent unit light",
"""Suggestion: a red-only night light option on the parent unit. The white glow wakes my wife up. That's all.

- Rohan""",
L("suggestion", "feature_request", "low", "Rohan Patel", None, None, "", ""),
date="2024-07-30 02:14")

# ---------------------------------------------------------------- emergency (10)

M("zh-Hans", "g18", "b", "姚桂芬 <yaoguifen1962@163.com>", "安装费的事问一下",
"""小伙子你好，

前天你们的师傅来家里装的燃气热水器，收了我 180 块安装材料费，说是管子加长了。我想问一下这个钱是不是本来就要收的？能不能给开个发票？单子上的订单号是 RS240916-2271。

还有个小事，不知道要不要紧：从装好以后，阳台那边热水器附近老是有一点点煤气味，很淡，不凑近闻不出来。我儿子说可能是新管子的味道，过几天就散了。我现在都开着窗。

我家电话 025-8433 6170
姚桂芬""",
L("emergency", "safety", "urgent", "姚桂芬", "02584336170", None, "RS240916-2271", "explanation"),
date="2024-09-18 10:05")

M("en", "u", "8", "Karen Liu <karen.liu.home@gmail.com>", "question about my son's account",
"""Hi,

My son (14) plays on your platform, username "pixelfox_jr". He says this morning the account shows he logged in from Brazil at 3 a.m. and again at 5 a.m. We're in Hong Kong and he was asleep. Two of his skins are also gone, and there's a purchase of 4,800 gems that neither of us made, charged to my card.

He's a bit freaked out but I told him it's probably a glitch. Can you check what happened? I haven't changed the password yet because I wasn't sure if that would mess up your investigation. I'd also like the gem charge reversed.

Account email: pixelfox.jr2010@gmail.com

Karen Liu
+852 9034 6612""",
L("emergency", "account_security", "urgent", "Karen Liu", "90346612", None, "", "explanation refund"),
date="2025-01-05 08:37")

M("en", "u", "q", "Nadia Haddad <nadia@saffronhouse.com.hk>", "TableTap tablets",
"""<html><body>
<p>Hi team,</p>
<p>Just a heads-up, not sure if it&#39;s on your end: all six TableTap ordering tablets at our Wan Chai branch have been stuck on the spinning logo since about 11:40. Restarted them twice, same thing. The kitchen display is blank too, so nothing is coming through to the kitchen &ndash; we&#39;re taking orders on paper for now.</p>
<p>Lunch rush is, well, now.</p>
<p>Merchant ID: M20230419077</p>
<p>Cheers,<br>
Nadia Haddad<br>
Ops Manager, Saffron House<br>
+852 2891 3374</p>
</body></html>""",
L("emergency", "system_outage", "urgent", "Nadia Haddad", "28913374", "M20230419077", "", ""),
html=True, date="2024-11-22 12:03")

M("zh-Hant", "b5", "8", "郭志明 <chihming.kuo@gmail.com>", "帳號好像怪怪的",
"""你好，

我剛剛收到你們的簡訊說我的密碼已經變更，可是我根本沒有改過。用忘記密碼重設後登入，發現多了一筆訂單 KL-TW-2503-11820，買了六盒減肥藥寄到高雄，我人在新竹，也從來沒買過這種東西。付款是用我綁定的那張信用卡。

請問該怎麼辦？能不能先把這筆訂單取消、帳號先凍結？信用卡那筆錢請退回來。

郭志明
0955-207-318""",
L("emergency", "account_security", "urgent", "郭志明", "0955207318", None, "KL-TW-2503-11820", "refund"),
date="2025-03-19 23:41")

M("zh-Hans", "u", "8", "赵敏 <zhaomin@xinghe-tech.cn>", "紧急！！薪资系统登不进去",
"""薪易通后台从今天早上 9 点开始就登不进去，一直提示“服务暂不可用 502”，换了电脑、换了网络都一样，同事那边也登不上。

今天是发薪日，银行代发文件下午 3 点前必须上传，不然 300 多个员工今天拿不到工资。请马上处理！

商户号：M2022080316
赵敏  财务主管
手机 188 1025 6639""",
L("emergency", "system_outage", "urgent", "赵敏", "18810256639", "M2022080316", "", ""),
date="2024-12-10 10:12")

M("en", "u", "b", "Beth Kowalczyk <bethkowalczyk@icloud.com>", "Re: Thanks for your purchase!",
"""Hi, replying to this because it's the only email I have from you.

The charger for the parent unit got really hot tonight and there was a burning plastic smell, and one pin of the plug has a brown mark on it now. I've unplugged it. The socket is in the baby's room.

Is it safe to keep using the monitor on battery? Should I send it back? It's order NW-250211-8804.

Beth

> Thanks for your purchase!
> Your NestWatch Duo is on its way.
> Questions? Call our care line on 0800 310 4455.""",
L("emergency", "safety", "urgent", "Beth Kowalczyk", None, None, "NW-250211-8804", "explanation"),
date="2025-02-20 21:48")

M("zh-Hans", "gbk", "q", "qiu_yf@139.com", "app挂了？",
"""你们app是不是挂了？？扫了五六辆车都显示“网络异常，请稍后重试”，旁边好几个人也一样，都在骂。我在地铁口站了半小时了，打车排队80多号。赶紧修一下吧

发自我的手机""",
L("emergency", "system_outage", "urgent", None, None, None, "", ""),
date="2024-08-02 23:26")

M("zh-Hant", "b5", "b", "李淑芬 <shufen.li@hinet.net>", "閱讀器背蓋翹起來",
"""您好，想請教一下：

我的閱影 Note 最近背蓋中間鼓起來，放在桌上會轉圈圈，充電的時候摸起來比以前燙很多，螢幕右下角也被頂出一點縫。這樣還可以繼續用嗎？還是要送修？

現在先沒有充電，放在書桌上。

李淑芬
(03) 571-2884""",
L("emergency", "safety", "urgent", "李淑芬", "035712884", None, "", "explanation"),
date="2024-06-26 16:55")

M("en", "u", "q", "Gerald Finch <gfinch1949@aol.com>", "Text from you about parcel?",
"""Good morning,

I got a text message yesterday saying it was from Lumen Books and that my parcel was being held and I needed to pay a £1.99 redelivery fee. I clicked on it and put in my card details.

This morning my bank app shows two payments of £389 and £412 to somewhere called "GLX TRADING" which I certainly did not make. Was that text from you? And is my Lumen account affected as well? I'm afraid I use the same password for it.

Gerald Finch
01632 770391""",
L("emergency", "account_security", "urgent", "Gerald Finch", "01632770391", None, "", "explanation"),
date="2024-11-12 07:40")

M("zh-Hans", "u", "8", "吴建华 <wujianhua@yuexiang-catering.com>", "订两个蒸箱门封条",
"""你好，

想订两个蒸箱的门封条，型号 ZX-12E，就是去年 6 月在你们这买的那两台（订单号 ZX2306-0057）。门封条多少钱一个？能不能这周发货？

另外顺便说一下，今天早上洗碗工小李去开右边那台蒸箱的门，被电了一下，手麻了一会儿，现在人没事了。当时地面有点水。那台我们先拔了电没用。

吴建华  后厨主管
0571-8807 2231""",
L("emergency", "safety", "urgent", "吴建华", "057188072231", None, "ZX2306-0057", ""),
date="2025-05-07 10:41")

# ---------------------------------------------------------------- other (6)

M("en", "u", "8", "Yvonne Marchetti <y.marchetti@gmail.com>", "Re: Your replacement Lumen 6 - case closed",
"""Just wanted to say thank you to Femi in your support team. When my first Lumen arrived with a cracked screen in June I was pretty furious (sorry Femi!), but the replacement came in two days and it's been perfect since. I've read eleven books on it on holiday.

No need to reply.

Yvonne

> Hi Yvonne,
> I'm sorry again that your complaint took longer than it should have. Your
> replacement has been delivered and I've closed the case.
> Femi, Lumen Customer Care""",
L("other", "thanks", "low", "Yvonne Marchetti", None, None, "", ""),
date="2024-08-19 18:02")

M("zh-Hans", "u", "b", "网络推广-李经理 <li.seo888@163.com>", "【紧急通知】贵司官网排名严重下滑！",
"""尊敬的负责人：您好！

我司监测到贵司网站在百度关键词“电子阅读器”下的排名已跌出前五页，每日流量损失严重，紧急！紧急！

我司专业提供：SEO 整站优化、竞价托管、负面舆情处理、投诉帖删除，七天见效，无效退款。首月仅需 1980 元！

联系人：李经理
微信同号 133 2098 6614
（如不需要请忽略本邮件）""",
L("other", None, "low", "李经理", None, None, "", ""),
date="2024-10-30 03:15")

M("zh-Hant", "b5", "8", "鄭宇軒 <yuhsuan.cheng@gmail.com>", "應徵客服專員 - 鄭宇軒",
"""您好：

我在 104 人力銀行看到貴公司正在徵求客服專員（嬰兒用品線），想毛遂自薦。

我有三年電話客服經驗，之前在一家家電公司負責處理客訴和退換貨，也熟悉 CRM 系統的工單流程。自己家裡有一個兩歲的小孩，對嬰兒監視器、溫奶器這類產品算是很熟。

履歷和自傳已放在附件，希望有機會面談。

鄭宇軒
0912-448-637""",
L("other", None, "low", "鄭宇軒", "0912448637", None, "", ""),
date="2025-04-02 11:28")

M("en", "a", "7", "Raymond Osei <r.osei@osei-payroll-consulting.com>", "Automatic reply: Your PayNest invoice is overdue - URGENT",
"""Thank you for your email.

I am out of the office until Monday 3 March with limited access to email. For urgent payroll matters please contact my colleague Sunita Varma on 020 7946 0321.

Regards,
Raymond Osei""",
L("other", None, "low", "Raymond Osei", None, None, "", ""),
date="2025-02-24 09:00", extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])

M("zh-Hans", "gb", "8", "孙丽娟 <sunlijuan@hx-garment.com>", "这个月加班费表",
"""王姐：

附件是车间二组这个月的加班统计，小陈那边有两天打卡漏了，我手写补在备注里了，你核一下再导进系统。

三号线那几个临时工的工资标准还是按上个月的，别弄错了。明天上午我去税务局，下午回来。

丽娟""",
L("other", None, "low", "孙丽娟", None, None, "", ""),
date="2024-11-28 17:44")

M("zh-Hant", "u", "q", "葉詠琪 <wingkei.yip@gmail.com>", "多謝你哋！",
"""Hello 各位，

婚禮上星期順利完成啦！想多謝你哋，尤其係 Joyce。

試身嗰陣條拉鍊爆咗，我當時真係喊咗出嚟，佢即日搵師傅改好，仲幫我加咗兩粒暗扣。結果成晚都冇問題，好多朋友問我件婚紗喺邊度訂。

附幾張相俾你哋留念。再次多謝！

詠琪""",
L("other", "thanks", "low", "葉詠琪", None, None, "", ""),
date="2024-12-16 13:25")
