# fresh6 slice r: hard cases in zh-Hans / zh-Hant / en, written by hand.

# ---------------------------------------------------------------- emergency (10)

# 1 understated burning smell, subject looks like a warranty question
M("zh-Hans", "gbk", "b", "刘海峰 <liuhf_1987@126.com>", "咨询一下电池保修期是几年",
"""你好，

想问下你们这个电动车电池保修是两年还是三年？我是去年12月在你们天猫店买的，订单号3398127566204417（这个是淘宝那边的号）。

其实也不是什么大事，就是今晚充电的时候闻到一股焦糊味，像塑料烧了那种，充电器那头烫得拿不住，电池盒侧面好像也有点鼓起来了。我已经把插头拔了，车推到楼道外面空地上去了。老婆说我大惊小怪，但楼道里还停着邻居家好几辆车，我心里有点发毛。

现在这电池还能不能接着用？要不要换？保修能管吗？
麻烦尽快回个电话，明早7点前我都醒着（反正也睡不着）。

刘海峰
电话：+86 139-5187-2260
车型：XC-7 锂电版 48V""",
L("emergency", "safety", "urgent", "刘海峰", "13951872260", None, "3398127566204417", "explanation callback"),
date="2024-11-18 23:47")

# 2 CRM down, reply to an old invoice thread
M("zh-Hans", "u", "q", "赵敏 <zhaomin@hengtai-trading.cn>", "Re: 关于续费发票的问题",
"""你好，

发票的事先放一放，现在有更要命的：你们CRM从今天早上8点40左右开始就打不开了，网页一直转圈，最后报 502 Bad Gateway，手机App也登录不上，提示"服务暂不可用"。我们整个销售部三十多个人现在没法查客户、没法录单，上午还有两场客户签约要调合同模板，全卡住了。

我们已经换了网络、换了电脑都试过，不是我们这边的问题。问了同行，用你们系统的也说打不开。

请马上安排技术处理，并告诉我们大概多久能恢复。

商户号：SH-20231107-0093
联系人：赵敏（行政信息部）
手机：186 2107 4439

在 2025-03-07 16:20:11，"恒云CRM客服" <support@hengyun-crm.com> 写道：
> 赵女士您好，关于2025年度续费发票，财务将在3个工作日内开具并寄出。
> 如有疑问请致电客服热线 400-820-6611。
> 恒云CRM客服 小林""",
L("emergency", "system_outage", "urgent", "赵敏", "18621074439", "SH-20231107-0093", "", "explanation"),
date="2025-03-10 09:52")

# 3 starts as a "suggestion", is really an abnormal login + data export
M("zh-Hans", "g18", "8", "孙立群 <sunliqun@jiamei-home.com>", "提个建议：异地登录提醒能不能做明显点",
"""你们好，

本来想提个建议的，写着写着发现事情可能不小，还是直接说吧。

今天早上6点多我手机收到一条你们系统的短信，说我的管理员账号在"越南 胡志明市"登录，我当时没在意，以为是广告。刚才到公司一看，操作日志里凌晨3:12到3:40有人用我的账号导出了两次客户列表，一共2400多条客户资料，还新建了一个叫"admin_bak"的用户。我们公司没人在越南，我本人昨晚11点就睡了。

我已经改了密码，但不确定对方是不是还在线上，那个新建的账号我删不掉（提示权限不足）。请你们马上帮我们：
1. 冻结 admin_bak 这个账号，强制所有会话下线；
2. 查一下导出记录和登录IP，给我们一个书面说明，我们可能要报警。

至于建议嘛——这种异地登录的提醒真的应该弹窗+电话，而不是一条像垃圾短信一样的通知。

企业客户编号：C20220315027
孙立群  佳美家居 IT负责人
座机 (0757) 8622-3190 转 8016""",
L("emergency", "account_security", "urgent", "孙立群", "075786223190", "C20220315027", "", "explanation"),
date="2024-09-02 07:15")

# 4 forwarded from an elderly father: sparks from a rooftop inverter
M("zh-Hans", "u", "8", "陈宇 <chenyu.design@outlook.com>", "Fwd: 逆变器",
"""你们好，我爸刚给我发的邮件，我直接转给你们。我人在上海，他一个人在老家。

他的意思是屋顶那个逆变器从中午开始"啪啪"地响，盒子下面有火星往下掉，闻着一股胶皮味。我已经让他别碰了，叫他把总闸拉了，但他说拉了闸屏幕还亮着（是不是板子那头还有电？）。

请你们马上打我电话，教一下到底该怎么断电，需要的话派人过去。老人家七十岁了，我很担心。

地址：浙江省衢州市龙游县湖镇镇下徐村37号
订单号：GF-ZJ-2023-11206
我的手机：150-0021-7736，我来联系我爸。

陈宇

---------- Forwarded message ---------
发件人：陈建国 <cjg1956@163.com>
日期：2025年7月21日 周一 13:41
主题：逆变器
收件人：陈宇 <chenyu.design@outlook.com>

小宇，屋顶那个逆变器又在响，啪啪的，底下冒火星子，一股胶皮味。你问问装的那家公司咋弄。""",
L("emergency", "safety", "urgent", "陈宇", "15000217736", None, "GF-ZJ-2023-11206", "callback"),
date="2025-07-21 14:03")

# 5 pet hospital: the company's online booking/payment system fails
M("zh-Hant", "b5", "b", "林佩君 <service@anxin-vet.com.tw>", "線上掛號付款全部失敗，現場大排長龍",
"""您好：

我們是台中安心動物醫院，使用貴公司的「毛孩通」預約掛號系統。

今天早上九點開始，飼主在線上掛號付款時一律顯示「交易逾時，請稍後再試」，信用卡和 LINE Pay 都一樣，後台的收款報表也完全沒有今天的資料，連現場的平板叫號都卡住。週六是我們最忙的一天，現在已經有十幾位飼主帶著狗貓在等，櫃台只能用手寫登記，沒辦法開收據。

我們已經重新開機、換過網路，確定不是我們這邊的問題。請盡快派工程師處理，並告知預計恢復時間。

林佩君　櫃台主任
安心動物醫院
電話：(04) 2325-6610
商戶編號：MC20230417""",
L("emergency", "system_outage", "urgent", "林佩君", "0423256610", "MC20230417", "", "explanation"),
date="2024-12-14 10:26")

# 6 online pharmacy: order placed from a hijacked member account
M("zh-Hant", "u", "q", "黃柏翰 <pohan.huang@gmail.com>", "Re: 訂單成立通知",
"""你好，

剛剛半夜收到你們的「訂單成立通知」，訂單編號 PH250208-00731，買了 12 盒葉黃素跟 8 罐魚油，總共 NT$18,460，刷的是我綁定的信用卡。問題是我根本沒有下單！

我登入會員中心一看，收件地址被改成高雄一個我完全不認識的地址，手機號碼也被改掉了，原本的密碼已經登不進去，是用「忘記密碼」才重設回來的。

請立刻：
1. 取消這張訂單、絕對不要出貨
2. 鎖住我的帳號，查清楚是誰、從哪裡登入的
3. 信用卡我已經打給銀行掛失了

會員編號：VIP0098812
黃柏翰
0933-218-546

----- 原始郵件 -----
寄件者：康健網路藥局 <noreply@kangjian-pharmacy.com.tw>
主旨：訂單成立通知 PH250208-00731
親愛的會員您好，您的訂單已成立，預計 1-2 個工作天內出貨。
如非本人操作，請撥客服專線 0800-221-365。""",
L("emergency", "account_security", "urgent", "黃柏翰", "0933218546", "VIP0098812", "PH250208-00731", "explanation"),
date="2025-02-08 01:12")

# 7 smoking laser printer, replying to a thank-you mail
M("en", "a", "7", "Dale Whitcombe <dale.whitcombe@fastmail.com>", "Re: Thanks for your purchase!",
"""Hi,

Replying to this because it's the only email I have from you.

The LP-420 laser printer I bought last month made a loud pop about ten minutes ago, then grey smoke came out of the back vent where the fuser is. Smells like burnt wiring. It tripped the breaker for the whole home office. It's unplugged now and sitting out on the patio.

Is it even safe to bring back in the house? What do I do now - do you want it shipped back? I have a toddler at home so I'm not plugging it in again, ever.

Order #LP-88213-US
Dale Whitcombe
Cell: 503-555-0187

On Sep 4, 2024, at 9:12 AM, Printly Store <orders@printly-store.com> wrote:
> Thanks for your purchase, Dale!
> Your order #LP-88213-US has shipped. Questions? Call us at 1-800-555-0134
> or reply to this email. Our team is here 7 days a week.""",
L("emergency", "safety", "urgent", "Dale Whitcombe", "5035550187", None, "LP-88213-US", "explanation"),
date="2024-10-03 16:40")

# 8 HTML-only: swelling, hissing home battery, "not sure if urgent"
M("en", "u", "q", "Priya Raman <priya.raman@protonmail.com>", "Question about battery noise",
"""<html><head><meta charset="utf-8"></head><body>
<div>Hello,</div>
<div><br></div>
<div>Not sure if this counts as urgent so sorry if I&#39;m overreacting.</div>
<p>Our home battery (your SB-10 unit, installed in the garage in March) has been making a faint hissing noise since this afternoon. The casing on the left side looks bulged compared to the right, and it&rsquo;s hot to touch &mdash; much hotter than usual. There&rsquo;s a slightly sweet chemical smell in the garage too.</p>
<p>The app showed &quot;Cell temp high&quot; and then went offline.</p>
<p>My husband wants to just switch it off at the isolator and deal with it tomorrow. Is that OK or should we be doing something else? The kids&#39; bedrooms are right above the garage. Could someone please call me?</p>
<p>Order: SB10-0325-4471<br>
Priya Raman<br>
Mobile: 0412 887 903</p>
</body></html>""",
L("emergency", "safety", "urgent", "Priya Raman", "0412887903", None, "SB10-0325-4471", "explanation callback"),
html=True, date="2025-05-17 20:05")

# 9 CRM API outage, quoted agent reply talks about a "complaint"
M("en", "u", "q", "Marcus Oyelaran <marcus@brightloop.io>", "API 500s across the board - checkout blocked",
"""Hi team,

Since ~10:50 (UTC+8) every call to your REST API is returning HTTP 500, including /v2/contacts and /v2/deals. Webhooks stopped firing at the same time. Our storefront creates a CRM contact at checkout, so checkout is failing for every single customer right now. This is costing us real money by the minute.

Your status page still says "All systems operational", which is frankly not helpful.

Request ID from one failed call: req_7f3a9c21e0b44d
Account ID: C20230912044

Please escalate to engineering and give us an ETA.

Marcus Oyelaran
CTO, Brightloop

-----Original Message-----
From: Hengyun Support <support@hengyun-crm.com>
Sent: Monday, January 20, 2025 3:02 PM
To: Marcus Oyelaran <marcus@brightloop.io>
Subject: RE: complaint about slow dashboard

Hi Marcus, thanks for raising your complaint about the dashboard latency last week. We have passed your feedback to the product team and will keep you posted.
Support hotline: +86 400 820 6611""",
L("emergency", "system_outage", "urgent", "Marcus Oyelaran", None, "C20230912044", "", "explanation"),
date="2025-01-22 11:18")

# 10 wedding website account hijacked, guests asked for money
M("en", "u", "q", "Sinéad Gallagher <sinead.gallagher@eircom.net>", "someone is messaging our wedding guests asking for money",
"""Hi,

Please help, this is happening right now. Our wedding site on your platform (sinead-and-tom) has been sending messages to our guest list from our account saying we're "short on the venue balance" and asking people to transfer money to an account in Lithuania. Three guests have already rung us to ask if it's real, and my aunt already sent €500.

I can't log in - it says my password is wrong, and the recovery email on the account isn't mine anymore.

Can you lock the account and stop any more messages going out? The wedding is in 9 days and everyone's addresses and phone numbers are in there. Please call me on the number below, any time tonight.

Booking ref WS-IE-30917
Sinéad Gallagher
087 214 6630""",
L("emergency", "account_security", "urgent", "Sinéad Gallagher", "0872146630", None, "WS-IE-30917", "callback"),
date="2024-08-29 22:31")

# ---------------------------------------------------------------- complaint (10)

# 11 "咨询一下" subject on a third, furious mail threatening 12315
M("zh-Hans", "gb", "8", "xu_lan1979@sina.com", "咨询一下",
"""咨询一下？我咨询什么呀，我这是第三次写邮件了！

6月2号在你们网上药房买的两瓶深海鱼油软胶囊和一盒钙片，订单号：YF20240602158833。收到以后我妈吃了一个多星期才发现，鱼油瓶底印的有效期是2024年05月，早就过期了！钙片也是临期货，7月底到期。

6月10号第一次发邮件，回复说"已登记，请耐心等待"；6月14号第二次，回复说"正在核实"。到今天一个说法都没有。老人吃了过期的东西出了问题谁负责？

我要求：全额退款，书面道歉，说明为什么会把过期货发出来。三天内不给答复，我直接打12315，顺便发到小红书上让大家都看看。

徐岚
手机：１３７ ５１０２ ６６４８""",
L("complaint", "product_quality", "urgent", "徐岚", "13751026648", None, "YF20240602158833", "refund apology explanation"),
date="2024-06-18 21:05")

# 12 long wedding story, praise first, the attitude complaint buried in the middle
M("zh-Hans", "u", "b", "周雨桐 <zyt_0521@qq.com>", "婚礼跟拍的一点情况反馈",
"""你好，

我是10月2号在你们"喜鹊婚礼"定的一站式婚礼套餐的新娘周雨桐，婚礼已经办完一周了，一直想写这封邮件，拖到现在。

先说好的：场地布置真的很漂亮，那个香槟色加白绿的花艺，好多朋友都来问是哪家做的；主持人小宋控场也很好，我爸上台发言紧张忘词，他接得特别自然。酒店对接、婚车、伴手礼这些也都没出什么岔子，婚礼策划小吴前前后后跟了三个月，流程改了不知道多少版，辛苦她了。我妈一直说要写个好评，我本来也打算这周写的。

但是跟拍摄影这块，我真的憋了一周了。合同上写的是摄影师早上6:30到我家拍化妆和接亲，结果他8:40才到，堵门、敬茶这些全部错过了，一辈子就一次的东西，补不回来。我们给他打电话，他第一句话是"你们自己没跟我说清楚时间吧"。到了以后一直在打电话、刷手机，我妈过去客客气气地问能不能先帮忙拍一张全家福，他说"等会儿，没看到我在忙吗"，语气特别冲，我妈当时脸都白了，一整天都不太高兴。后来出片，全家福那张还是糊的。

我跟小吴反映过，她说会转给摄影部门，到现在没有下文。

我们希望：一、摄影师本人或者你们公司正式道个歉，尤其是对我妈妈；二、跟拍这部分（合同里单列的3800元）给一个合理的补偿。其他部分我们是满意的，所以也不想闹得很难看，但这事总得有个说法。

订单号：HL20240916003
周雨桐
电话：159 0511 3382
（小吴的电话是 138****2210，你们内部应该有）""",
L("complaint", "service_attitude", "normal", "周雨桐", "15905113382", None, "HL20240916003", "apology compensation"),
date="2024-10-09 13:20")

# 13 e-bike: five "next weeks", NetEase quote with hotline and 工号
M("zh-Hans", "u", "8", "韩志强 <hanzq_sz@163.com>", "Re: 您的订单预计下周发货",
"""你们这个"下周发货"我已经听了四个"下周"了。

4月1号下单付的全款 4299，订单号 EB-0401-77215，页面上写的是"现货，48小时内发货"。4月8号问，说工厂排产；4月15号问，说物流爆仓；4月22号问，说下周一定发。今天28号，物流信息还是"待揽收"。

我买车是为了上下班用的，这一个月每天打车四五十块钱，这笔钱谁出？你们要么明天给我发出来，要么给我个准话到底有没有货。再拖下去我就申请退款，顺便给个差评。

韩志强 13823196650

在 2025-04-22 10:05:37，"骑迹电动车客服" <kefu@qiji-ebike.com> 写道：
> 韩先生您好，非常抱歉让您久等。您的订单预计下周发货，发货后会第一时间短信通知您。
> 如需加急可拨打售后专线 400-966-3218，客服工号 0817 为您服务。""",
L("complaint", "delivery_delay", "normal", "韩志强", "13823196650", None, "EB-0401-77215", "explanation compensation"),
date="2025-04-28 18:44")

# 14 wrong printer model delivered to a print shop
M("zh-Hans", "u", "b", "唐晓燕 <caigou@qiming-tuwen.com>", "到货型号不对",
"""您好，

我司7月1日下单采购的是彩色激光一体机 CM-3300dn 两台（采购单号 PO-QM-240701-02），今天到货拆开，发现是黑白喷墨机 IJ-200 两台，型号、颜色、价格全都对不上，一台差了一千多。

更离谱的是，箱子外面贴的标签写的是 CM-3300dn，里面装的是 IJ-200，说明你们仓库出库根本没核对。我们是急着要用彩色机给客户出样稿的，现在只能外发去打，已经耽误两天了。

请尽快安排换货，上门把错发的机器取走，来回运费你们承担，并给个说明这种事是怎么发生的。

唐晓燕
广州市启明图文 采购部
020-3892 1174""",
L("complaint", "wrong_item", "normal", "唐晓燕", "02038921174", None, "PO-QM-240701-02", "exchange explanation"),
date="2024-07-05 11:02")

# 15 HK pet owner, Cantonese, front-desk and vet attitude
M("zh-Hant", "u", "8", "陳嘉欣 <kellychan.hk@yahoo.com.hk>", "關於昨晚急症嘅處理",
"""你好，

我唔係想嘈，但係昨晚嘅經歷真係令我好失望，一定要講出嚟。

我隻貓 Mochi 昨晚十一點幾開始嘔，我揸車帶佢去你哋觀塘分院睇急症。前台個姑娘由我入門口開始就黑晒面，我問要等幾耐，佢答我「你問我，我問邊個？」。等咗成個鐘，醫生入嚟睇咗唔夠五分鐘，我想問吓驗血報告係咩意思，佢就話「聽日再打嚟問」然後行咗去。埋單 $3,860，張單做咗啲咩都寫得唔清唔楚。

Mochi 而家冇事，但我覺得對住一個好擔心嘅主人，你哋係咪應該有少少同理心？我希望有人正式回覆同道歉，同埋解釋下張單每一項係咩。

嘉欣
9632 1875""",
L("complaint", "service_attitude", "normal", "陳嘉欣", "96321875", None, "", "apology explanation"),
date="2025-06-03 09:40")

# 16 Taiwan solar underperformance, third letter, 消保官 + lawyer
M("zh-Hant", "b5", "8", "吳政達 <wu.chengta@hinet.net>", "第三次反映：太陽能板發電量嚴重不足",
"""貴公司您好：

這是我第三次來信（前兩次 7/8、7/25 都只收到制式回覆）。

去年十月在貴公司簽約安裝的 6.6kW 屋頂型太陽能系統（訂單編號：SE-TN-2310-0588），業務當初拍胸脯保證夏季每月至少發電 800 度以上，還附了模擬報表。結果今年六月只有 452 度、七月 471 度，連保證的六成都不到。台南七月的日照你們應該比我清楚。

貴公司派來的技師只看了十分鐘，說「板子都正常」就走了，連監控數據都沒調出來看。我花了將近四十萬，得到的是這種品質跟敷衍。

我要求：一、派專人完整檢測並提出書面報告；二、若確為設備或施工問題，依合約賠償發電差額。兩週內沒有具體回覆，我會向消保官申訴，並委請律師處理。

吳政達
手機 0921-603-447
台南市安南區""",
L("complaint", "product_quality", "urgent", "吳政達", "0921603447", None, "SE-TN-2310-0588", "explanation compensation"),
date="2024-08-12 15:30")

# 17 HK company charged twice after cancelling the CRM subscription
M("zh-Hant", "u", "b", "曾詠欣 <wingyan.tsang@lumen-studio.hk>", "退訂咗仲扣錢？",
"""你好，

我哋公司喺1月15號已經喺後台撳咗「取消訂閱」，仲收到你哋封確認電郵。點知今日對數，發現2月15號張信用卡又俾你哋扣咗錢，而且扣咗兩次，每次 HK$2,380，即係平白無事扣咗 HK$4,760。

我打過去客服熱線 2110 3388 等咗二十分鐘冇人聽，live chat 個 bot 淨係識叫我「請參閱常見問題」。咁樣做生意真係好難接受。

請你哋：
1. 退返兩筆錢
2. 解釋點解取消咗都照扣，仲要扣兩次

客戶編號：C20210630118
曾詠欣
Lumen Studio 行政
手機：+852 6183 2047""",
L("complaint", "billing", "normal", "曾詠欣", "61832047", "C20210630118", "", "refund explanation"),
date="2025-02-27 17:12")

# 18 bike is fine; the complaint is about the courier
M("en", "u", "8", "Tom Hadley <tomhadley82@gmail.com>", "Delivery of my e-bike",
"""Hello,

The bike arrived and as far as I can tell it's fine, so this isn't a damage claim. But I want it on record how the delivery went, because it was appalling.

Tracking said "out for delivery" three days in a row, then "delivery attempted - customer not available" on Friday when I was literally sitting at the front window all day. On Saturday the driver finally showed up, refused to bring a 28kg box past the gate, and when I asked him to at least put it under the porch roof he said "not my job mate" and dropped it on its end in the wet grass. The box was soaked through by the time I dragged it in.

I paid £49 for "premium white-glove delivery". Nothing about it was premium. I'd like that delivery fee refunded, and someone to actually look at what your courier partner is doing.

Order no. 50-11873-GB
Tom Hadley
07700 900 461""",
L("complaint", "logistics", "normal", "Tom Hadley", "07700900461", None, "50-11873-GB", "refund"),
date="2024-09-16 19:22")

# 19 supplement subscription, third request, solicitor + Trading Standards
M("en", "l1", "8", "Margaret Ellison <m.ellison@btinternet.com>", "THIRD REQUEST - unauthorised charges",
"""To whom it may concern,

This is the third time I have written about this and I am now extremely angry.

I cancelled my VitaDaily monthly subscription on 3 October (cancellation confirmation CX-448120). You have since charged my card £34.99 on 5 October, 5 November and again on 1 December. Each time I have been told by your "customer happiness team" that it "will be looked into". Nothing has been looked into.

I want all three payments - £104.97 - refunded within 7 days, and an explanation of why you kept charging me after I cancelled. If I do not receive both I will be passing the matter to my solicitor and reporting you to Trading Standards. I have kept copies of every email.

Customer number: C20230518207
Margaret Ellison
01632 960 552""",
L("complaint", "billing", "urgent", "Margaret Ellison", "01632960552", "C20230518207", "", "refund explanation"),
date="2024-12-02 08:55")

# 20 "ticket resolved" reply: the complaint is about the agent's tone
M("en", "u", "b", "Renata Vidal <renata.vidal@corvetta-realty.com>", "Re: [Ticket #88412] Your ticket has been resolved",
"""No, it has not been resolved. This is the fourth time your support team has marked this ticket "resolved" without a single person actually reading it.

Recap, for whoever reads this one: our agents' calendar sync with Outlook has been duplicating every appointment since the 2 June update. I sent screenshots. Your agent "Kevin" replied asking whether I had "tried turning it off and on again", and when I said we had, he wrote - quote - "Then I suggest you read the documentation before opening tickets." Then he closed it.

I'm not asking for a miracle. I'm asking for someone who will read the ticket and treat us like a paying customer of six years. I'd also like an apology for Kevin's tone. I've copied our account manager.

Renata Vidal
Operations Manager, Corvetta Realty
Customer ID C20190304015

> Hi Renata,
> We're marking this ticket as resolved. If you're still experiencing issues, simply reply to reopen.
> Kind regards, Kevin | Hengyun Support | Tel 400-820-6611""",
L("complaint", "service_attitude", "normal", "Renata Vidal", None, "C20190304015", "", "apology"),
date="2025-06-11 10:07")

# ---------------------------------------------------------------- after_sales (10)

# 21 print shop's production machine down, tender documents due 3 pm; "no smoke"
M("zh-Hans", "gbk", "q", "王建军 <xincai_print@163.com>", "急！数码印刷机一进纸就卡，下午三点要交标书",
"""师傅你好，

我们店上个月在你们那买的那台 DP-8000 数码印刷机，今天早上开机就报 E-0420，清了三次纸还是一进纸就卡，定影那块一直"咔咔"响（没有冒烟，没有焦味，就是机械的声音）。

问题是我们今天接了个标书的活，三家客户的标书下午三点前必须装订好送过去，现在一张都出不了，店里就这一台彩色大机。上次来装机的李师傅电话 139 0288 4471 我打了好几遍没人接。

麻烦马上派人来修，实在修不好能不能先借台机器给我们顶一下。

鑫彩快印  王建军
成都市武侯区科华北路66号
电话：028-8557 3302
订单号：DP2502-0117""",
L("after_sales", "repair", "urgent", "王建军", "02885573302", None, "DP2502-0117", "repair"),
date="2025-03-18 09:12")

# 22 annoyed 7-day return of an e-bike, nickname display name
M("zh-Hans", "u", "8", "小米粒 <milly_zhang@foxmail.com>", "退货退货退货",
"""第三次申请退货了。APP里点了两次"申请退货"都显示"审核中"，然后就没下文了，在线客服一直转人工转不过去。

车是5月22号收到的，订单 QJ240519-3356，没骑过几次，外包装都留着。退货原因很简单：车太重了，我一个女生扛不上楼（住6楼没电梯），详情页写的"轻至18kg"，我实际称了26kg。

七天无理由，今天是第五天，请在七天内处理，别拖过去了又跟我说超期。请安排上门取件，退款原路返回。

张米莉
手机 0086 188 1672 0935""",
L("after_sales", "return", "normal", "张米莉", "18816720935", None, "QJ240519-3356", "return refund"),
date="2024-05-27 22:40", extra=[("X-Mailer", "Foxmail 7.2.25.228[cn]")])

# 23 home battery capacity fade, explicit "not an emergency"
M("zh-Hans", "u", "8", "蒋卫东 <jiangwd@sohu.com>", "储能电池容量衰减，申请保修",
"""客服您好，

先说明一下，不是紧急情况：电池没有冒烟、没有鼓包、也没有异味，柜子摸着也是常温，安全方面你们不用担心。

情况是这样的：我家2023年11月装的 10kWh 家用储能电池（型号 HS-10L，序列号 HS10L23K08812），当时说循环 6000 次、质保 10 年。最近两个月发现满充以后只能撑到晚上八九点，APP 里显示"健康度 71%"，才用了 14 个月。

质保卡上写的是"10 年内容量不低于 70%"，现在已经快到线了，这个衰减速度明显不正常。想申请保修检测，如果是电芯问题，希望直接更换电池包。

订单号：CN2311-HS-00452
蒋卫东  江苏常州
电话：0519-8671 2094""",
L("after_sales", "warranty", "normal", "蒋卫东", "051986712094", None, "CN2311-HS-00452", "repair exchange"),
date="2025-01-06 10:30")

# 24 QQ reply to a "签收" notice: customer's own mistake, wants a refund
M("zh-Hans", "g18", "b", "1327754890@qq.com", "回复：订单已签收",
"""您好，我想申请退款。

收到的是成人款复合维生素 120 粒，我下单时想买的是儿童款咀嚼片，是我自己点错了，不怪你们。东西没拆封，塑封都还在。能不能退货退款？寄回的运费我自己出也行。

订单编号：8801-2410-5521

胡振华
电话（白天）：021-6234 5678 转 802

------------------ 原始邮件 ------------------
发件人: "康源健康旗舰店"<service@kangyuan-health.com>;
发送时间: 2024年11月1日(星期五) 下午3:26
收件人: "1327754890"<1327754890@qq.com>;
主题: 订单已签收

尊敬的顾客，您的订单 8801-2410-5521 已签收。如有问题请联系客服 400-615-8890。祝您生活愉快！""",
L("after_sales", "refund", "normal", "胡振华", "02162345678", None, "8801-2410-5521", "refund return"),
date="2024-11-02 12:14")

# 25 accounting firm: copier delivered, needs installation and network setup
M("zh-Hant", "b5", "q", "陳怡如 <yiru.chen@hongda-cpa.com.tw>", "新事務機安裝時間確認",
"""您好：

本所於 4/10 向貴公司訂購之多功能事務機 MF-6055 一台（訂單編號：TW2404100387）已於今天上午送達，但送貨司機表示只負責送到，安裝及網路設定需另外約技師。

想請貴公司安排技師到府安裝，並協助設定：
1. 連接本所內部網路，讓 12 台電腦都能列印
2. 掃描至資料夾（Windows 共用資料夾）
3. 部門代碼計數

本週三、四下午都可以，希望能在五月報稅季前完成。機器目前還在箱子裡，麻煩了。

陳怡如
宏達會計師事務所
(02) 2771-5086 分機 21""",
L("after_sales", "installation", "normal", "陳怡如", "0227715086", None, "TW2404100387", ""),
date="2024-04-15 14:00")

# 26 HK: folding e-bike frame too big, "危險" but not the bike's fault
M("zh-Hant", "u", "8", "黃家豪 <kaho.wong@netvigator.com>", "想換細一碼車架",
"""Hi 你好，

我上星期喺你哋網店買咗架 CityGo 摺疊電動單車，M 碼，訂單號碼 #HK-CG-58812。收到之後試咗兩次，發覺對我嚟講大咗少少，停車時腳踩唔到地，紅綠燈前停低好危險（唔係架車有問題，係我自己揀錯碼）。

想問可唔可以換 S 碼？架車冇刮花，配件同盒都齊。我可以自己拎去你哋旺角門市換，唔使上門收。

另外 S 碼係咪同價？如果有差價我補返。

黃家豪
WhatsApp: 5408 7731""",
L("after_sales", "exchange", "normal", "黃家豪", "54087731", None, "HK-CG-58812", "exchange"),
date="2025-08-04 21:15")

# 27 packing line stopped: factory's label printers fail (machine, not system)
M("en", "a", "7", "Viktor Halvorsen <v.halvorsen@nordpak-logistics.com>", "Line 2 down - TL-600 label printers",
"""Good morning,

Two of the three TL-600 thermal label printers on our packing line 2 stopped printing at about 06:30. Both show "HEAD ERROR 31" and feed blank labels. We have power-cycled them, cleaned the heads per the manual and swapped the ribbons - no change. No smoke or smell, they just won't print.

Line 2 is currently stopped. That is roughly 1,400 parcels per shift that cannot be labelled, and our carrier collection is at 14:00.

The units are under our service contract (SC-NP-2023-07), purchased on PO 4500188231. Please send an engineer today, or courier two replacement print heads for first thing tomorrow at the latest.

Direct line: 0755-2661 9042

Viktor Halvorsen
Maintenance Lead, Nordpak Logistics (Shenzhen)""",
L("after_sales", "repair", "urgent", "Viktor Halvorsen", "075526619042", None, "4500188231", "repair"),
date="2024-11-26 07:48")

# 28 HTML-only: company cancelled the wedding photographer, deposit back please
M("en", "u", "8", "Aisha Karimova <aisha.karimova@gmail.com>", "Deposit",
"""<div>Hi,</div>
<div>I got your message on Monday that you &quot;no longer have a photographer available&quot; for our wedding on 24 May and that we should &quot;look for alternatives&quot;. OK, that&#39;s disappointing but things happen.</div>
<div><br></div>
<div>What I need now is the deposit back. We paid <b>&yen;3,000</b> on 12 January (booking no. WP-0112-A7). Your terms say the deposit is refundable in full if <i>you</i> cancel. Please refund it to the same card and let me know when.</div>
<div><br></div>
<div>Honestly a bit annoyed that I had to chase this myself &ndash; nobody offered.</div>
<div><br></div>
<div>Aisha Karimova<br>139 1077 5208</div>""",
L("after_sales", "refund", "normal", "Aisha Karimova", "13910775208", None, "WP-0112-A7", "refund"),
html=True, date="2025-04-09 12:30")

# 29 inverter error, "Not urgent, no smoke"
M("en", "l1", "8", "Gérard Lemaire <g.lemaire@orange.fr>", "Inverter error E-21 (not urgent)",
"""Hello,

Not urgent, no smoke, no noise - just want to get this on your list. Our inverter (SI-5K, installed by your team in April 2023) has been showing "E-21 Grid Overvoltage" every afternoon for about a week and shuts itself down for 20-30 minutes each time. Production is down maybe 15% on sunny days.

Could you send a technician to have a look? I believe it is still within the 5-year warranty.

Order reference: FR-SOL-2304-118
Gérard Lemaire
06 12 48 77 39""",
L("after_sales", "repair", "normal", "Gérard Lemaire", "0612487739", None, "FR-SOL-2304-118", "repair"),
date="2024-07-30 17:55")

# 30 terse annoyed return
M("en", "u", "q", "Jan Kowalski <jkowalski77@gmail.com>", "return",
"""Cartridges you sent (XL-62 x4) don't fit my printer even though your compatibility checker said they do. Unopened. I want to return them and get my money back. Send me the label. Order 1029384756.

Jan""",
L("after_sales", "return", "normal", "Jan Kowalski", None, None, "1029384756", "return refund"),
date="2025-09-02 08:03")

# ---------------------------------------------------------------- inquiry (9)

# 31 calm billing question, subject even contains 投诉
M("zh-Hans", "u", "8", "刘静 <liujing@dongsheng-auto.com>", "投诉？不是，就是想问下账单上多出来的一笔",
"""您好，

先说明不是投诉哈，就是对账的时候有一笔看不明白，想确认一下。

我们9月份的账单，除了正常的 20 个坐席年费以外，多了一项"数据存储扩容 ¥360"。我印象里我们没有申请过扩容，不知道是不是系统按超额自动计费的？如果是超额的话，能不能告诉我们现在用了多少空间、超了多少，以后怎么避免。

如果确实是我们用超了，那没问题，照付就是。

客户编号：C20210811063
刘静  东升汽车服务 财务部
0371-6552 8810""",
L("inquiry", "billing", "normal", "刘静", "037165528810", "C20210811063", "", "explanation"),
date="2024-09-24 15:40")

# 32 calm logistics question with a hard deadline (wedding tomorrow morning); tracking no. trap
M("zh-Hans", "u", "b", "林晓 <linxiao_wed@163.com>", "婚纱物流查询",
"""你好，

我租的那套主纱（订单号 WD-2505-0892-X）显示5月14号从杭州发出，顺丰单号 SF1402233456789，但物流从昨天下午开始一直停在"南京转运中心"没动过。

我明天早上8点化妆，10点半出门接亲，婚纱最晚明早7点前必须到。想问一下能不能帮忙催一下顺丰，或者有没有备用方案（比如同城门店能不能先借一套同款）？

不是要骂人，就是有点慌😅 麻烦尽快给我回个电话，号码在下面。

林晓
156-5123-0477""",
L("inquiry", "logistics", "urgent", "林晓", "15651230477", None, "WD-2505-0892-X", "callback"),
date="2025-05-16 19:05")

# 33 RV owner asking about flexible panels, no rush
M("zh-Hans", "gb", "8", "老段 <duanhai_rv@126.com>", "房车装太阳能板的几个问题",
"""你好，

我是房车自驾爱好者，车是依维柯改的C型房车，车顶可用面积大概 2.4 米 × 1.6 米。想咨询一下你们的柔性太阳能板：

1. 这个面积大概能装多大功率？
2. 柔性板和单晶硬板在房车上哪个更耐用？夏天车顶很烫，会不会影响寿命？
3. 配套的 200Ah 锂电池，冬天零下十几度能不能正常充电？
4. 有没有成套的方案和报价？

不急，先了解一下，打算明年开春再装。

段海
QQ：32107788""",
L("inquiry", "product_info", "low", "段海", None, None, "", ""),
date="2024-03-08 20:30")

# 34 one-liner how-to
M("zh-Hans", "u", "8", "wuqiang_88@163.com", "app",
"""电动车APP怎么把车分享给我老婆用？她手机也装了APP了。
——吴强""",
L("inquiry", "how_to", "low", "吴强", None, None, "", ""),
date="2025-10-11 07:58")

# 35 pet hospital policy questions before any visit
M("zh-Hant", "b5", "8", "張雅婷 <yating0812@gmail.com>", "請問住院探視和疫苗套餐的規定",
"""您好，

想請教兩個問題：
一、如果狗狗住院，家屬每天可以探視幾次？需要預約嗎？可以帶零食進去嗎？
二、官網上的「幼犬疫苗三劑套餐」，如果打完第一劑後搬家到外縣市，剩下兩劑可以退費或轉讓嗎？

目前還沒有帶去看診，只是先問清楚，謝謝！

張雅婷""",
L("inquiry", "policy", "low", "張雅婷", None, None, "", ""),
date="2024-10-21 11:20")

# 36 where is my parcel (7-11 pickup), full-width order number
M("zh-Hant", "u", "q", "王淑芬 <shufen.wang@yahoo.com.tw>", "包裹到哪了呢",
"""您好，想詢問一下我 2/26 訂的益生菌（訂單編號：２０２５０２２６Ａ１１９），選的是 7-11 取貨（台北市大安區復興門市），到現在還沒收到到店簡訊，訂單狀態一直是「已出貨」。

請問大概什麼時候會到呢？如果寄丟了要怎麼處理？

王淑芬
0955 318 206""",
L("inquiry", "logistics", "normal", "王淑芬", "0955318206", None, "20250226A119", ""),
date="2025-03-03 09:50")

# 37 forwarded how-to; colleague's direct line is a trap
M("en", "u", "8", "Helen Park <helen.park@mintleaf-dental.com>", "Fwd: scanner question",
"""Hi there,

Forwarding this from our front desk - could you let us know how to set this up? We're on the MF-4100 you supplied last year.

Thanks,
Helen Park
Practice Manager, Mintleaf Dental
021-5403-8812

---------- Forwarded message ---------
From: Joyce Lim <joyce.lim@mintleaf-dental.com>
Date: Tue, Jun 11, 2024 at 4:52 PM
Subject: scanner question
To: Helen Park <helen.park@mintleaf-dental.com>

Hi Helen, the new scanner thing - is there a way to scan straight to email instead of saving to USB and then emailing from the PC? Patients keep asking for copies of their referral forms. My direct is 021-5403-8817 if the printer people want to call.""",
L("inquiry", "how_to", "low", "Helen Park", "02154038812", None, "", ""),
date="2024-06-12 10:15")

# 38 polite check on invitation proofs
M("en", "a", "7", "Daniel & Mei <dan.mei.wedding@gmail.com>", "Proofs for order 24-INV-6603?",
"""Hi,

Just checking in on our invitation order 24-INV-6603 (120 letterpress invitations + RSVP cards). Your site said digital proofs within 5 working days and it's been 7 now. No stress, our deadline to post them is mid-March, but wanted to make sure it hasn't fallen through the cracks.

Could you let us know when to expect them?

Cheers,
Daniel Osei
0421 336 980""",
L("inquiry", "order_status", "normal", "Daniel Osei", "0421336980", None, "24-INV-6603", ""),
date="2024-02-19 21:40")

# 39 "URGENT!!" subject on a calm instalment question
M("en", "u", "8", "Lucía Fernández <lucia.fdz@outlook.es>", "URGENT!! question about my payment",
"""Hi, sorry for the dramatic subject, my sister told me to write URGENT so someone actually reads it 😅

I'm paying for my e-bike in 12 monthly instalments (order ES-7734-21). The first four payments were 108.25 each, but this month I was charged 116.50. I didn't change anything. Is there a fee I don't know about, or did the interest change? I just want to understand it, it's not a big problem.

Thanks!
Lucía Fernández""",
L("inquiry", "billing", "normal", "Lucía Fernández", None, None, "ES-7734-21", "explanation"),
date="2025-08-18 13:05")

# ---------------------------------------------------------------- suggestion (5)

# 40 grumpy but explicitly not a complaint: driver installer
M("zh-Hans", "u", "8", "码农老K <kuangwei.dev@gmail.com>", "你们的驱动安装程序能不能别这么反人类",
"""先声明：打印机本身没毛病，打得挺好，这封不是投诉，也不用退换什么。

就是想吐槽+建议一下驱动安装：
- 官网下载页要先选地区、再选系列、再选型号、再选系统，选完给我一个 600MB 的包，里面90%是我不需要的"智能管家"；
- 装完默认开机自启，还在右下角弹广告；
- Mac 版到现在还没原生支持 M 芯片，要走 Rosetta。

建议：出一个纯驱动的精简包（几十MB就够了），安装时让用户自己勾要不要"管家"；再把 Mac 原生支持提上日程。做到这几点我愿意推荐给同事。

邝伟""",
L("suggestion", "feature_request", "low", "邝伟", None, None, "", ""),
date="2024-12-09 23:58")

# 41 elderly customer: print on pharmacy leaflets too small
M("zh-Hans", "gbk", "8", "钱桂芳 <qianguifang@21cn.com>", "说明书字太小了",
"""你们好：

我今年七十一了，老伴有高血压，一直在你们药房网上买药和保健品，送货快，价格也实在，这点要表扬。

有个小意见：药盒和说明书上的字实在太小了，我戴着老花镜再加放大镜才看得清，用法用量那几行尤其小。上回差点把"一日两次"看成"一日三次"。建议你们在包装里夹一张大字版的用法卡片，或者下单时可以勾选"老年人大字版"。

另外手机上订药的页面，字能不能也调大一点？

谢谢你们。
钱桂芳""",
L("suggestion", "feedback", "low", "钱桂芳", None, None, "", ""),
date="2024-04-22 08:30")

# 42 HTML-only: e-bike app feature ideas
M("zh-Hant", "u", "b", "劉冠廷 <kuanting.liu@gmail.com>", "App 功能建議：電池健康度",
"""<html><body>
<p>您好，</p>
<p>騎你們的 R5 電動自行車通勤快兩年了，整體很滿意。有幾個 App 的小建議：</p>
<ol>
<li>希望能顯示電池健康度（SOH）與累計充電次數，現在只看得到剩餘電量百分比。</li>
<li>充電到 80% 時可以推播提醒，方便想保護電池的人拔插頭。</li>
<li>騎乘紀錄可以匯出成 GPX 檔。</li>
</ol>
<p>以上，謝謝團隊的努力！</p>
<p>劉冠廷<br>&nbsp;</p>
</body></html>""",
L("suggestion", "feature_request", "low", "劉冠廷", None, None, "", ""),
html=True, date="2025-01-15 22:10")

# 43 subject says "complaint closed"; it is a feature request
M("en", "u", "8", "Oliver Brandt <o.brandt@kleinmann-gmbh.de>", "Re: Your complaint #5512 has been closed",
"""Hi,

Just to be clear, I never filed a complaint - I think someone on your side tagged my last message wrongly. It was a suggestion, so let me write it again properly:

It would save our team hours every week if the Deals list supported bulk editing - select 50 deals, change owner/stage/close date in one go. Right now we export to CSV, edit, and re-import, which breaks the activity history.

Also nice to have: saved filters that can be shared across the team.

That's all. Keep up the good work.

Oliver Brandt
Sales Ops, Kleinmann GmbH

> Dear customer,
> Your complaint #5512 has been closed. We are sorry for any inconvenience.
> Hengyun CRM Complaints Team""",
L("suggestion", "feature_request", "low", "Oliver Brandt", None, None, "", ""),
date="2024-05-06 09:20")

# 44 post-wedding constructive feedback, agent name as a trap
M("en", "u", "b", "Hannah Liu <hannah.liu.design@gmail.com>", "Some thoughts after our wedding",
"""Hi Grace and team,

We're back from the honeymoon and wanted to share a few thoughts while they're fresh. First: the day was beautiful and the coordinators were great, so please take this as constructive.

1. The timeline document went through six versions and we were never sure which one the vendors had. A single shared online timeline (even a Google Doc) would have saved a lot of anxiety.
2. The tasting was scheduled only three weeks before - I think 6-8 weeks out would give couples time to change their minds.
3. It would be nice to get the final invoice breakdown before the wedding, not after. (We did get it and it was fine, just late.)

None of this needs a reply, really. Just hope it helps future couples.

Hannah & Ben
--
Hannah Liu""",
L("suggestion", "feedback", "low", "Hannah Liu", None, None, "", ""),
date="2024-11-04 14:40")

# ---------------------------------------------------------------- other (6)

# 45 thanks recalling a past breakdown; technician name/phone and 工单号 are traps
M("zh-Hans", "u", "8", "曹德明 <caodeming66@163.com>", "Re: 关于逆变器故障报修",
"""你们好，

上个月家里逆变器半夜跳闸停机，我当时在电话里语气不太好，这里先说声不好意思。

后来你们的郑师傅第二天冒着大雨就来了，爬到屋顶上查了一个多小时，换了一个接线盒，一分钱没收。到现在一个月了，发电一直正常，每天都有二十多度。

特地写封邮件谢谢郑师傅，也谢谢帮我安排的客服小姑娘。这样的服务值得表扬。

曹德明

> 曹先生您好，您的报修（工单号 202407-0356）已受理，郑师傅（电话 133 8056 1120）将于明日上午上门。""",
L("other", "thanks", "low", "曹德明", None, None, "", ""),
date="2024-08-20 19:30")

# 46 job application full of 退换货/投诉 words
M("zh-Hans", "g18", "b", "何佳琪 <hejiaqi_hr2025@163.com>", "应聘：客服专员（附简历）",
"""尊敬的招聘负责人：

您好！我在招聘网站上看到贵公司招聘"电商客服专员"，特来应聘。

我叫何佳琪，2023年毕业于湖南商务职业技术学院电子商务专业，之后在一家家电网店做了一年半售前售后客服，熟悉千牛、京麦后台，能独立处理退换货、投诉安抚、差评挽回等工作，月均接待量2000+，好评率98%。

简历附在附件里，希望能有面试的机会。我的电话是 177-7312-0856，随时可以联系。

此致
敬礼！
何佳琪""",
L("other", None, "low", "何佳琪", "17773120856", None, "", ""),
date="2025-06-20 10:00")

# 47 out-of-office auto-reply; colleague's mobile is a trap
M("zh-Hant", "b5", "b", "李志明 <chihming.lee@fortune-eng.com.tw>", "自動回覆: 您的維修單已完成",
"""您好：

本人 9/13 至 9/20 休假，期間不定時收信，回覆可能延遲。
如有急事請聯絡同事蔡小姐，手機 0912-556-778。

李志明
福群工程股份有限公司 設備課""",
L("other", None, "low", "李志明", None, None, "", ""),
date="2024-09-13 16:05", extra=[("Auto-Submitted", "auto-replied")])

# 48 pet owner's thank-you that recalls losing her temper at the desk
M("zh-Hant", "u", "8", "蔡宜蓁 <vivian.tsai.tw@gmail.com>", "謝謝急診室的大家",
"""各位醫師、護理師好：

還記得兩週前半夜那隻誤吞襪子的柯基「布丁」嗎？那天我在候診區等太久，還對櫃台發了脾氣，真的很不好意思。

後來才知道那天晚上同時有三台急刀，大家都沒休息。布丁手術很順利，今天回診拆線，醫師說恢復得很好，已經又開始偷咬拖鞋了😂

特別謝謝許醫師和那位幫布丁剃毛的護理師，也謝謝櫃台小姐包容我的壞脾氣。附上一張布丁現在的照片。

蔡宜蓁 Vivian""",
L("other", "thanks", "low", "蔡宜蓁", None, None, "", ""),
date="2025-02-20 21:00")

# 49 SEO spam with "urgent security issue" bait
M("en", "a", "7", "Rahul Mehta <rahul@rankboost-digital.net>", "Re: your website ranking - urgent security issue found",
"""Hi there,

I was checking your website and noticed it is not ranking on Google first page for important keywords like "solar battery installer" and "home energy storage". I also found 37 urgent security issues and broken links which are hurting your business.

We are a team of 25+ SEO experts offering guaranteed first page ranking in 90 days at very affordable price starting $199/month.

Shall I send you a free audit report and price list? Just reply "YES" and I will share.

Best Regards,
Rahul Mehta
Digital Marketing Consultant""",
L("other", None, "low", "Rahul Mehta", None, None, "", ""),
date="2024-07-08 03:12")

# 50 misdirected residents'-committee mail
M("en", "l1", "q", "Brigitte Schäfer <b.schaefer@gmx.de>", "Minutes from Thursday",
"""Hi Linda,

Attached are the minutes from Thursday's residents' committee meeting. Main points: the bike storage room will be repainted in November, and we still need two volunteers for the Christmas market stall. Could you circulate them to the 3rd floor?

Thanks,
Brigitte

---
Brigitte Schäfer
Hausgemeinschaft Lindenstraße 14""",
L("other", None, "low", "Brigitte Schäfer", None, None, "", ""),
date="2025-10-23 18:20")
