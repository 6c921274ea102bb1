# fresh2 slice f: 50 emails (20 zh-Hans, 12 zh-Hant, 18 en), hand-written one at a time.
# Labels follow eval/README.md conventions.

# ---------------------------------------------------------------- zh-Hans, batch 1
M("zh-Hans", "gbk", "b", "周小满 <zhouxm1993@qq.com>", "回复：查一下物流",
"""还没到啊？？这周能送到吗

------------------ 原始邮件 ------------------
发件人: "悦家生活客服"<service@yuejia-life.com>;
发送时间: 2025年3月11日(星期二) 下午4:12
收件人: "周小满"<zhouxm1993@qq.com>;
主题: 回复：查一下物流

亲爱的顾客您好：
您的包裹已于3月10日由顺丰速运发出，运单号 SF1409876543210，预计3月12日送达，请保持电话畅通。
如有其他疑问，欢迎致电客服热线 400-690-8800（工作日9:00-21:00）。
客服 小雅（工号6217）

------------------ 原始邮件 ------------------
发件人: "周小满"<zhouxm1993@qq.com>;
发送时间: 2025年3月11日(星期二) 上午10:03
收件人: "service"<service@yuejia-life.com>;
主题: 查一下物流

你好，我3月8号下的单，订单号 YJ250308112607，一个落地灯，页面一直显示已发货但是物流一直没更新，麻烦帮查一下，谢谢""",
L("inquiry", "logistics", "normal", "周小满", None, None, "YJ250308112607", ""),
date="2025-03-13 09:20")

M("zh-Hans", "gb", "8", "ljg1952@sina.com", "急！请教",
"""客服同志：你好！

我是杭州的一名退休老教师，今年七十多了，眼睛不太好，字打得慢，请多包涵。前年我儿子给我买了你们家的空气净化器，型号是KJ500F-A3，一直用着挺好，没出过什么毛病。最近说明书上讲滤网该换了，我到网上一看，现在卖的滤网写的是给KJ500F-A5用的，样子差不多，价钱是289元。

我想请教两个问题：
一、A5的滤网能不能装到我这台A3上？尺寸一样不一样？
二、滤网大概多久换一次比较合适？我家就老两口，平时不太开窗，也不抽烟。

我不急着买，就是怕买错了又要退，麻烦。题目写个"急"是我儿子教的，说不写急没人看，呵呵，见谅。

家里电话：0571-8765 4321（白天都在家）

刘建国""",
L("inquiry", "product_info", "low", "刘建国", "057187654321", None, "", ""))

M("zh-Hans", "u", "8", "Tina 唐 <tangtt_cat@163.com>", "猫粮的事",
"""你好，

上周在你们天猫店买了两袋2kg的鸡肉味成猫粮，订单号：3921087765543218806。今天开第二袋，倒出来发现里面有好几块结成团的，上面长了白毛，闻着一股霉味。生产日期是今年1月的，保质期到明年7月，按理说不应该这样。

我家两只猫闻了闻都不吃，还好发现得早，没吃进去。第一袋吃完了没发现问题，所以我觉得可能是这一批封口没封好，或者仓库受潮了。

照片附上了（三张，包装正面、批号、结块的地方）。批号是 B250117-03。

这袋我是不敢再喂了，希望把这一袋的钱退给我。另外也想知道这一批是不是都有问题，第一袋已经喂完了，有点担心。

唐婷婷""",
L("complaint", "product_quality", "normal", "唐婷婷", None, None, "3921087765543218806", "refund explanation"),
date="2025-03-20 21:40")

M("zh-Hans", "gbk", "q", "冯先生 <fengjun_1985@126.com>", "上周六上门的师傅",
"""你们好。

上周六（5月17号）你们派了个姓李的师傅来给我装燃气热水器，订单号 RS20250509-3381。约的是上午9点到，下午两点半才来，进门第一句就是"你家这位置装不了"。我说买之前你们客服在线上确认过可以装，他说"客服懂什么"。

装的时候把我厨房墙上两块瓷砖打裂了，我问这个怎么算，他说"老房子瓷砖本来就脆，不关我事"。走之前收了我180块的"打孔费"和"辅材费"，没给任何票据，出门门都不带关。

周一我打了你们电话，接线的说会反馈给站点，让我等回电。周二又打，说已经在处理。今天周四了，没有一个人给我打过电话。李师傅本人的电话我也打了（137 0000 1234），直接把我拉黑了。

我现在要三样：那个师傅给我道歉；两块瓷砖的钱和180块乱收的钱退给我；给我一个书面的说法。周六之前再没人联系我，我就去消协，顺便把我拍的视频发到抖音上，让大家都看看。

冯军
186-2133-0457""",
L("complaint", "service_attitude", "urgent", "冯军", "18621330457", None, "RS20250509-3381", "apology refund compensation explanation"),
date="2025-05-22 20:05")

M("zh-Hans", "u", "q", "孙海燕 <sunhy_0623@163.com>", "Re:【海川售后】您的维修工单 202505-0931 已派单",
"""还没好。师傅周六来换了个温控板，当天晚上好了一会儿，今天早上冷藏室又不凉了，里面东西都是温的。麻烦再派人来看看吧。

在 2025-05-23 14:05:32，"海川家电售后服务中心" <aftersales@haichuan-home.com> 写道：
>尊敬的孙女士：
>您好！您的维修工单 202505-0931 已派单，维修师傅王建军（电话 159 2210 6637）将于5月24日（周六）上午上门，请保持电话畅通。
>如对本次服务不满意，可拨打监督投诉热线 400-188-6600。
>
>海川家电售后服务中心
>
>在 2025-05-21 21:17:09，"孙海燕" <sunhy_0623@163.com> 写道：
>>你好，我家双开门冰箱 BCD-520WKP 冷藏室不制冷了，冷冻正常，买了一年半，订单号 HC2023112700915，还在保修期内吧？麻烦安排师傅上门。""",
L("after_sales", "repair", "normal", "孙海燕", None, None, "HC2023112700915", "repair"),
date="2025-05-26 07:48")

M("zh-Hans", "g18", "8", "钟志强 <zhongzq@dg-hongye.com>", "温控模块故障，二号线停产，请速派工程师",
"""贵司售后部：

我司于2024年9月向贵司采购的注塑机温控模块（型号 TC-860，序列号 TC860-24090317），今天凌晨3点左右在二号线上突然报警 E07，料筒温度既降不下来也升不上去，设备自动停机。夜班电工已经按手册重启、检查过接线，故障依旧。

目前二号线已全线停产，线上有一批客户急单，今天下午6点前必须出货。麻烦贵司尽快安排工程师到现场，或者先寄一个备用模块过来，费用按合同走。

客户编号：C20231108045
采购合同号：HY-PO-2409-117

联系人：钟志强（设备科）
电话：0769-2288 1357 转 808
车间手机信号不好，请打座机。

东莞宏业塑胶制品有限公司""",
L("after_sales", "repair", "urgent", "钟志强", "076922881357", "C20231108045", "HY-PO-2409-117", "repair"),
date="2025-04-08 07:15")

M("zh-Hans", "gb", "q", "fangxl_hz@139.com", "电热毯的问题请教",
"""你好，

我是前几天在你们店里买电热毯的，双人的那种，订单号是 EB241203556。用了三个晚上，有两个事想问问：

一是插头和控制器连着的那一截线，开到高档半个钟头以后摸上去烫手，比暖水袋还烫。二是昨天晚上关了灯，我看见插座那里一闪一闪的，有蓝光，还有点滋滋的声音，拔掉以后就没有了。今天早上看毯子靠脚那头有一小块颜色变黄了，摸着有点硬。

也不知道是不是我家插座的问题。现在先没敢用，放在一边了。你们不急，方便的时候回个话，告诉我这个还能不能接着用，要不要寄回去。

谢谢！
方秀兰""",
L("emergency", "safety", "urgent", "方秀兰", None, None, "EB241203556", "explanation"),
date="2024-12-08 20:10")

M("zh-Hans", "u", "8", "许晨 <xuchen.work@outlook.com>", "关于昨天接到的一个电话",
"""您好，

我是贵行手机银行的用户，想反映一个情况，可能是我多虑了，但还是跟你们说一下。

昨天（6月9日）下午4点多，我接到一个 0755-8320 1147 打来的电话，对方自称是你们信用卡中心的，能准确说出我的名字和卡号后四位（6632），说我的额度可以临时提到5万，需要我在手机银行里"确认一下身份"。我按他说的打开了短信里的链接（短信原文在下面），输了登录密码和收到的验证码。

挂了电话我越想越不对。今天早上打开手机银行，看到昨晚11点12分有一笔 18,600 元的转账，收款人我不认识，"常用设备"里还多了一台我没见过的 iPhone。

我现在还能登录，但不知道该怎么办。麻烦看看那笔钱能不能拦下来，账户要不要先停用。我的手机是 158 0211 9090，白天都能接，请给我回个电话。

短信原文：
【XX银行】尊敬的客户，您的信用卡已获提额资格，请于24小时内登录 http://xxbank-vip.cn-tisheng.com 完成认证，逾期作废。

许晨""",
L("emergency", "account_security", "urgent", "许晨", "15802119090", None, "", "callback"),
date="2025-06-10 08:30")

M("zh-Hans", "u", "b", "阿杰 <ajie_dev@foxmail.com>", "吐槽一下你们App的字体",
"""Hi，

不是投诉哈，就是提个小建议。

我给我爸妈手机上都装了你们的买菜App，他们每天早上用来下单，挺方便的。但是有几个地方老人用起来特别费劲：

1. 商品名和价格的字太小了，系统字体调大了App里也不跟着变；
2. "加入购物车"和"立即购买"两个按钮挨得太近，我妈经常点错，有两次直接就付款了（后来都自己取消了，没啥损失）；
3. 能不能出一个"长辈模式"？像某宝那样，字大、按钮大、首页只留常买的东西。

另外夜间模式也希望加一个，晚上看太亮了。

就这些，辛苦了～
阿杰""",
L("suggestion", "feature_request", "low", "阿杰", None, None, "", ""))

M("zh-Hans", "gbk", "b", "中国互联网域名注册服务中心 <shenhe@cn-yuming-zhongxin.com>", "关于\"example\"品牌域名及网络关键词注册的紧急确认函",
"""尊敬的公司负责人：

您好！我中心于今日收到一家名为"深圳市鼎瑞投资有限公司"的企业提交的申请，申请注册"example"网络关键词及 example.cn、example.com.cn、example.hk、example.asia 等国际域名。

因申请的关键词与贵公司品牌名称一致，为避免日后产生品牌纠纷，按照国际域名注册惯例，我中心需先行与贵公司确认：该公司是否为贵公司的合作伙伴或子公司？如贵公司并未授权对方注册，请贵公司负责人于3个工作日内回复本邮件，逾期我中心将视为贵公司默认放弃，予以通过对方申请。

此件为紧急事项，请务必转交公司负责人或法务部门处理，谢谢！

审核部　王建华
中国互联网域名注册服务中心（亚洲）""",
L("other", None, "low", "王建华", None, None, "", ""))

# ---------------------------------------------------------------- zh-Hans, batch 2
M("zh-Hans", "u", "q", "黄蕾 <huanglei_edu@sohu.com>", "扣费问题咨询",
"""您好，

不是投诉，就是想咨询一下。

我4月17号晚上在你们App上买了"商务英语口语90天"的课，299元，订单编号2025041721380045617。当时付款页面卡了一下，我又点了一次，结果支付宝显示扣了两笔299，但我的"已购课程"里只有一门。

想问一下：
1）另一笔299是不是重复扣了？会不会自动退回？
2）如果要人工处理退款，需要我提供什么材料？

支付宝的两笔扣款截图我附在下面了。不急，这两天回复就行。

黄蕾
手机：１３９ ０１２３ ４５６７""",
L("inquiry", "billing", "normal", "黄蕾", "13901234567", None, "2025041721380045617", "explanation refund"),
date="2025-04-19 10:05")

M("zh-Hans", "g18", "b", "罗传伟 <luo.chuanwei@qq.com>", "会员折扣在哪里设置？？今晚开业急用",
"""客服你好，

我们是新开的一家小饭馆，上周在你们这里开通的"掌柜通"收银软件，商户号 SH2025071102。机器和打印机都装好了，点单、收款都正常，没有问题。

现在就一个事搞不明白：开业活动要做"会员储值100送20、会员菜品打88折"，后台里找了半天，只看到"优惠券"和"满减"，没找到会员折扣在哪设置。说明书上写的是"营销中心-会员权益"，我这个后台菜单里根本没有"营销中心"这一项。

今晚6点正式开业，下午4点前必须设置好给服务员培训，麻烦看到尽快回复，或者直接打我电话教一下也行：138-0281-6645

罗传伟
川味小馆（成都玉林店）""",
L("inquiry", "how_to", "urgent", "罗传伟", "13802816645", "SH2025071102", "", "callback"),
date="2025-07-18 10:15")

M("zh-Hans", "u", "8", "陈立伟 <chenliwei.sh@gmail.com>", "Fwd: 沙发交货时间",
"""你好，

下面这封是我3月10号发的，到现在没有任何回复，我再转发一次。

补充一下现在的情况：订单上写的交货期是下单后15个工作日，我是2月18号付的全款，今天已经4月2号了。中间打过两次电话，一次说"工厂在排产"，一次说"物流在路上"，可是问物流单号又说不出来。

我们家新房子就等这套沙发，别的家具都到齐了，客厅空了一个多月。我不想吵，只希望你们给一个确定的送货日期。如果4月15号之前送不到，请把定金和尾款退给我，我去别家买。

陈立伟
021-5488 1290

---------- Forwarded message ---------
From: 陈立伟 <chenliwei.sh@gmail.com>
Date: 2025年3月10日周一 20:46
Subject: 沙发交货时间
To: <support@example.com>

你好，我2月18号在你们南京西路门店订了一套三人位真皮沙发（型号 MK-3308，深灰色），订单号 HX-SF-20250218-07，当时说15个工作日交货，现在已经超了，麻烦告诉我大概什么时候能送。谢谢。""",
L("complaint", "delivery_delay", "normal", "陈立伟", "02154881290", None, "HX-SF-20250218-07", "explanation refund"),
date="2025-04-02 21:10")

M("zh-Hans", "u", "b", "蒋璐 <jianglu_0417@163.com>", "收到的货不对",
"""<div style="font-family:微软雅黑;font-size:14px;color:#000000;">
<div>你好，</div>
<div><br></div>
<div>我在你们店买的是<b>米白色 M 码</b>的羊毛开衫，订单号：DD20250602318。今天收到拆开一看，是<b>藏青色 L 码</b>，吊牌上的货号也和我下单页面的不一样（我买的是 K2531-01，收到的是 K2517-04）。</div>
<div><br></div>
<div>这已经是我在你们家第二次收到发错的东西了，上次是袜子颜色不对，我想着小东西就算了。这次这件衣服是准备周末穿去参加朋友婚礼的，现在还得来回寄。</div>
<div><br></div>
<div>麻烦尽快给我换成米白色 M 码，寄回的运费你们出。也希望你们仓库发货认真点&nbsp;&nbsp;:(</div>
<div><br></div>
<div>蒋璐</div>
<div>电话 177 0215 8843</div>
</div>""",
L("complaint", "wrong_item", "normal", "蒋璐", "17702158843", None, "DD20250602318", "exchange"),
html=True)

M("zh-Hans", "u", "q", "白雪 <baixue_99@sina.cn>", "回复：【618狂欢】最后24小时！全场满300减50，紧急补货中",
"""<div>你好，我不是来买东西的。6月3号买的那双运动鞋（订单号 2025060388120934），穿了一次脚后跟就磨得很疼，鞋码也偏小，还在7天内，想退货。我在App里点"申请退货"一直提示"该商品暂不支持"，可商品页明明写着七天无理由啊？麻烦看一下怎么退，钱原路退回就行。</div>
<div><br></div>
<div>白雪</div>
<div><br></div>
<div style="font-size:12px;color:#888888;">------------------&nbsp;原始邮件&nbsp;------------------</div>
<div style="font-size:12px;color:#888888;"><b>发件人:</b>&nbsp;"步履运动官方商城"&lt;newsletter@bulv-sports.com&gt;;<br><b>发送时间:</b>&nbsp;2025年6月10日(星期二) 上午10:00<br><b>收件人:</b>&nbsp;"baixue_99"&lt;baixue_99@sina.cn&gt;;<br><b>主题:</b>&nbsp;【618狂欢】最后24小时！全场满300减50，紧急补货中</div>
<div><br></div>
<div>
<p style="font-size:20px;color:#e4393c;"><b>🔥 最后24小时 🔥</b></p>
<p>爆款跑鞋紧急补货！全场满300减50，会员再享95折。</p>
<p>限时抢购，手慢无！<a href="https://m.bulv-sports.com/618">立即抢购 &gt;&gt;</a></p>
<p style="font-size:12px;color:#999999;">客服热线：400-077-3366&nbsp;&nbsp;退订请回复TD</p>
</div>""",
L("after_sales", "return", "normal", "白雪", None, None, "2025060388120934", "return refund"),
html=True, date="2025-06-10 12:37")

M("zh-Hans", "gbk", "8", "钱文斌 <wb.qian@aliyun.com>", "扫地机保修 + 顺便问下边刷",
"""客服您好：

去年双十一买的扫地机器人 X9 Pro，订单号 2024111100563218744，机身序列号 X9P2410A07731。最近一周出现两个问题：一是回充的时候找不到充电座，在客厅转圈转到没电；二是左边的边刷不转了，我拆下来清理过缠着的头发，装回去还是不转。

现在还没满一年，应该还在保修期内吧？需要我寄回去还是你们上门？寄的话麻烦把地址发我一下。

顺便问一下，边刷和滤网有没有单独卖的配件包？想多备几套。

钱文斌
+86 135 1122 3344""",
L("after_sales", "warranty", "normal", "钱文斌", "13511223344", None, "2024111100563218744", "repair"),
date="2025-09-05 19:30")

M("zh-Hans", "u", "b", "何娟 <hj_gogreen@126.com>", "回复: 续费发票已开具",
"""你好，发票收到了，谢谢。但现在有个更急的事：

今天早上10点开门到现在，收银系统一直登不上，平板上一直转圈，最后提示"服务连接失败 错误码 5031"。扫码枪扫会员码、扫顾客付款码都不行，顾客只能付现金，很多人没带现金直接走了。我们另外两家店也一样，问了隔壁同样用你们系统的奶茶店，也登不上，应该不是我们网络的问题（手机4G、店里WiFi都试过）。

周六是我们一周最忙的时候，麻烦马上找技术看一下，有进展请打我手机 135 3087 2214。

商户号：M8800123
何娟（绿野鲜果 福田店店长）

发件人: 云店宝财务中心 <finance@yundianbao.com>
发送时间: 2025年8月15日 17:32
收件人: hj_gogreen@126.com
主题: 续费发票已开具

尊敬的商户您好：
您2025年度软件服务费续费（合同号 YDB-2025-0815-3307）的增值税电子普通发票已开具，请查收附件。如有疑问请联系财务专员 赵婷 020-3811 5620。""",
L("emergency", "system_outage", "urgent", "何娟", "13530872214", "M8800123", "", "callback"),
date="2025-08-16 11:05")

M("zh-Hans", "gbk", "q", "吕晓峰 <lvxf_teacher@139.com>", "一点使用感受",
"""你好：

在你们平台上了三个月的Python数据分析课，整体挺满意，尤其是周老师的答疑，回复又快又耐心，这点必须表扬。

说几点感受，供你们参考：
1. 配套寄来的纸质讲义包装太夸张了，一本书外面套了气泡膜、纸箱，再套一个塑料袋，拆完一堆垃圾，其实一个牛皮纸袋就够了；
2. 直播回放有时候要第二天才能看，对上班族不太友好；
3. 课程群里广告有点多，希望管理一下。

没有别的诉求，就是反馈一下，希望越办越好。

吕晓峰""",
L("suggestion", "feedback", "low", "吕晓峰", None, None, "", ""))

M("zh-Hans", "u", "8", "邓晓婷 <dengxt@huamei-trading.com>", "本周客诉汇总 & 周五例会",
"""小刘：

本周客诉汇总我整理好了，你帮忙核一下数字再发给王总：
- 客户投诉 3 起（2 起物流延误，1 起包装破损），均已回访；
- 退款 2 笔，合计 1,460 元，财务已审批；
- 紧急工单 0。

另外周五例会改到下午3点，会议室B，记得带上季度供应商评分表。

有问题直接打我分机 8023。

邓晓婷
采购部""",
L("other", None, "low", "邓晓婷", None, None, "", ""))

M("zh-Hans", "gb", "b", "杨桂芬 <ygf_1961@163.com>", "感谢王师傅",
"""你们好！

我是上个月报修空调漏水的那个杨阿姨，订单号 DD20250411076。那次打了好几回电话，当时心里还挺窝火的，差点就要投诉了。后来你们派来的王师傅，大热天爬到外机那儿把排水管重新弄了，还帮我把滤网洗干净，一分钱没多收。

到现在一个月了，空调一滴水都没再漏，用得好好的。我这人嘴笨，就是想写封信谢谢王师傅，也谢谢你们。麻烦替我转达一下。

祝你们生意兴隆！

杨桂芬""",
L("other", "thanks", "low", "杨桂芬", None, None, "DD20250411076", ""),
date="2025-05-20 16:00")

# ---------------------------------------------------------------- zh-Hant (Taiwan / Hong Kong)
M("zh-Hant", "b5", "q", "林育成 <lin.yc0815@yahoo.com.tw>", "預購鏡頭出貨進度",
"""您好，

我在3月18日於貴公司官網預購了 XF 56mm F1.2 鏡頭，訂單編號：TW25031800457，當時頁面寫「預計4月上旬出貨」，現在已經4月15日了，訂單狀態還是「備貨中」。

想請問一下目前大概的出貨時間？因為5月初要出國拍攝，如果來不及的話，我可能要考慮取消改買現貨。

再麻煩回覆，謝謝。

林育成
0928-117-406""",
L("inquiry", "order_status", "normal", "林育成", "0928117406", None, "TW25031800457", ""),
date="2025-04-15 13:20")

M("zh-Hant", "u", "8", "Kelvin Chan <kelvin.chan.hk@gmail.com>", "想問下保養問題",
"""你好，

想問下你哋嘅藍牙喇叭 SoundGo 3，如果我喺深水埗嗰啲舖頭買（唔係官方門市），係咪都有一年保養？定係一定要喺官網或者授權經銷商買先有？

另外，保養係咪要保留單據？我朋友話水貨嘅話你哋唔會理，想確認下先至落單。

唔該晒！
Kelvin
6218 3390""",
L("inquiry", "policy", "low", "Kelvin Chan", "62183390", None, "", ""))

M("zh-Hant", "b5", "b", "張淑芬 <sfchang@ms25.hinet.net>", "關於4月22日客服專線通話",
"""您好：

本人為貴行信用卡持卡人，4月22日上午10時左右致電客服專線，詢問上月帳單中一筆 NT$1,250 的年費，為何未依「年刷滿6次免年費」的條件減免。

接聽的客服人員（自稱編號 A217）在我說明到一半時就打斷，表示「系統就是這樣，沒辦法」；我請她協助查詢刷卡次數，她回答「您自己上網看」，隨後在我尚未說完時即掛斷電話。通話時間約2分鐘，應有錄音可查。

我並非要為難第一線人員，但這樣的應對方式實在令人失望。希望貴行能：
一、調閱當日錄音，給我一個說明；
二、重新檢視這筆年費是否應予減免退還。

張淑芬
聯絡電話：02-2719-3384（日間）""",
L("complaint", "service_attitude", "normal", "張淑芬", "0227193384", None, "", "explanation refund"),
date="2025-04-24 09:40")

M("zh-Hant", "u", "q", "Mrs Wong <wong.family88@yahoo.com.hk>", "第三次寫信",
"""<html><body>
<div style="font-family:'Microsoft JhengHei';font-size:11pt">
<p>你好，</p>
<p>呢個係我第三次寫email，之前兩次（6月3號同6月12號）都冇人覆，打熱線又係等40分鐘冇人聽。</p>
<p>我喺4月尾喺你哋觀塘門市買咗一張三人真皮梳化，單號 HK-KT-250428-0193，$18,800。用咗兩個月都唔夠，坐墊同扶手啲皮已經一塊塊咁甩，好似頭皮屑咁，成張梳化掂親都係碎皮。門市職員話係「正常使用損耗」，我真係唔知邊度正常。</p>
<p>我嘅要求好簡單：全數退款，同埋賠返我請人搬走呢張梳化嘅費用。如果今個禮拜五之前再冇人聯絡我，我會直接去消委會，同埋將啲相同對話紀錄交俾東方日報。</p>
<p>黃美玲<br>手提：9786&nbsp;2251</p>
</div>
</body></html>""",
L("complaint", "product_quality", "urgent", "黃美玲", "97862251", None, "HK-KT-250428-0193", "refund compensation"),
html=True, date="2025-06-24 22:30")

M("zh-Hant", "b5", "8", "吳佩珊 <peishan.wu@gmail.com>", "Re: 您的訂單出貨通知",
"""真是太感謝你們了，我女兒的生日禮物，現在可以直接當聖誕禮物送了。

12/5 下單，你們說 3 個工作天出貨；12/9 又說「廠商缺貨、緊急調貨中」；12/16 說「已出貨」，結果黑貓查詢到今天還是「尚未收到貨件」。生日是 12/14，派對都辦完了。

我不想再聽「緊急處理中」這種話了。如果聖誕節前還是收不到，就直接取消退款吧。

佩珊

On 2025年12月16日 週二 下午3:08 小樂樂玩具客服中心 <service@xiaolele-toys.com.tw> wrote:
> 親愛的顧客您好：
> 您的訂單 #TY20251205-8891 已於今日出貨，黑貓宅急便託運單號 9036 5512 8874，預計 1-2 天送達。
> 造成您的不便，我們深感抱歉，已為您緊急加速處理。如有任何問題，歡迎來電客服專線 0800-888-123，服務時間週一至週五 9:00-18:00。
> 客服專員 林小姐 敬上""",
L("complaint", "delivery_delay", "normal", "吳佩珊", None, None, "", "refund"),
date="2025-12-20 22:15")

M("zh-Hant", "u", "b", "陳冠宇 <guanyu.chen@yahoo.com.tw>", "想換尺寸",
"""<div dir="ltr"><div>您好：</div><div><br></div><div>我上週在官網買了一雙慢跑鞋（訂單號碼：SH11250823017，款式 AirFlow 5 黑色 US9），收到後試穿覺得太緊，是我自己選錯尺寸。鞋子只有在家裡地毯上試穿過，吊牌和鞋盒都還在。</div><div><br></div><div>想請問可以換成 US9.5 嗎？需要先寄回，還是可以到門市直接換？如果要寄回，運費我自己付沒關係。</div><div><br></div><div>謝謝您！</div><div>陳冠宇</div><div>0975-332-618</div></div>""",
L("after_sales", "exchange", "normal", "陳冠宇", "0975332618", None, "SH11250823017", "exchange"),
html=True, date="2025-08-29 12:10")

M("zh-Hant", "u", "8", "麥志豪 <mak.chiho@hkbn.net>", "今日安裝雪櫃！！",
"""喂你好，

我哋訂咗你哋一部四門商用雪櫃，單號 CK-0627-4410，約咗今日朝早9點至12點送貨安裝。而家11點幾，師傅話仲喺葵涌，電話講咗兩句就收線，之後再打又唔聽。

我間茶餐廳今日5點開市，新雪櫃未裝好啲貨冇地方放，凍肉同海鮮已經擺喺發泡膠箱度等緊。麻煩你哋即刻安排，3點之前一定要裝好同通電試機。

收到請即刻打俾我 9357 0826（麥生）。

麥志豪
金記茶餐廳""",
L("after_sales", "installation", "urgent", "麥志豪", "93570826", None, "CK-0627-4410", "callback"),
date="2025-07-09 11:20")

M("zh-Hant", "b5", "b", "鄭雅婷 <yt.cheng1990@gmail.com>", "會員帳號點數異常",
"""客服您好：

今天早上收到貴公司的通知信，說我的帳號在「新北市 三重區」以新裝置登入，但我昨晚一直在台中家裡，也沒有換手機。

我登入會員中心查看，發現累積的 12,400 點在今天凌晨 2:47 被全部折抵，兌換成兩張 5,000 元的禮物卡，寄送到一個我不認識的 email。收件地址和手機號碼好像也被改過了，現在顯示的是 0933-***-518，不是我的號碼。

我已經先改了密碼。請協助確認這筆兌換能不能取消、把點數退回，禮物卡能不能停用，並幫我把聯絡資料改回來。

會員編號：M0012345678
鄭雅婷
我的手機：0918-206-447""",
L("emergency", "account_security", "urgent", "鄭雅婷", "0918206447", "M0012345678", "", "refund"))

M("zh-Hant", "u", "q", "adaleung.hk@netvigator.com", "Re: 多謝選購！請完成產品保用登記",
"""你好，

保用登記我搞掂咗，不過有件事想問下。

部電飯煲用咗一個禮拜，今晚煲飯嗰陣，插頭同機身接駁嗰度有「啪啪」聲，我望過去見到有少少火花，跟住聞到一陣燶味。我即刻熄咗掣拔咗插頭，而家冇再用。條線嗰度有少少黑咗。

我屋企有兩個細路，唔敢再用，想問下點處理好？

梁太
電話 6733 9012

-----Original Message-----
From: 樂廚家電 <noreply@lechu-home.com.hk>
Sent: Monday, September 8, 2025 10:00 AM
To: adaleung.hk@netvigator.com
Subject: 多謝選購！請完成產品保用登記

多謝您選購樂廚 IH 電飯煲 RC-18H！
請於30日內完成網上保用登記，即可享有兩年保用。
客戶服務熱線：2345 6789（星期一至六 9:00-18:00）""",
L("emergency", "safety", "urgent", "梁太", "67339012", None, "", "explanation"),
date="2025-09-15 21:30")

M("zh-Hant", "b5", "q", "蔡宗翰 <tsunghan.tsai@outlook.com>", "建議 APP 增加 LINE Pay 和悠遊付",
"""您好，

我是你們外送 APP 的老用戶，幾乎每天中午都會叫便當。想建議兩件事：

1. 付款方式可以加上 LINE Pay 或悠遊付嗎？現在只有信用卡和貨到付款，公司同事很多人都是用這兩個。
2. 訂單完成後可以讓我們直接開統編（三聯式發票）嗎？每次報帳都要另外寫信很麻煩。

以上，謝謝！
宗翰""",
L("suggestion", "feature_request", "low", "蔡宗翰", None, None, "", ""))

M("zh-Hant", "b5", "8", "黃怡君 <yichun.huang@hengxin-tech.com.tw>", "自動回覆：出貨確認",
"""您好，

我於 11/10（一）至 11/14（五）休假，期間無法即時回覆郵件。

如有緊急事項，請聯絡同事 吳先生，分機 215，手機 0933-456-781。
採購相關事宜請洽 purchase@hengxin-tech.com.tw。

造成不便，敬請見諒。

黃怡君
恆信科技股份有限公司 採購部""",
L("other", None, "low", "黃怡君", None, None, "", ""),
date="2025-11-11 09:30")

M("zh-Hant", "u", "b", "張凱欣 <hoiyan.cheung.hk@gmail.com>", "應徵客戶服務主任（Ref: CS-2025-08）",
"""敬啟者：

本人於招聘網站得悉貴公司招聘客戶服務主任（職位編號 CS-2025-08），特此來函應徵。

本人今年七月畢業於香港理工大學，主修市場學，曾於一間電訊公司客戶服務中心兼職一年半，負責處理熱線查詢、投訴個案跟進及退款申請，熟悉 CRM 系統操作，能操流利粵語、英語及普通話。

隨函附上履歷及成績表，懇請考慮。如蒙賜見，請致電 5488 2071 或回覆本電郵聯絡本人。

張凱欣 謹上""",
L("other", None, "low", "張凱欣", "54882071", None, "", ""),
date="2025-08-20 15:00")

# ---------------------------------------------------------------- en, batch 1
M("en", "a", "7", "Marcus Lindqvist <marcus@lindqvist-design.se>", "Re: Action required: your payment failed",
"""Hi,

Ignore the payment thing below - my bank blocked the card for an overseas charge, I've since updated it and the invoice shows as paid.

Actual question: how do I add a second user to our workspace? We're on the Team plan (customer ID C20231214077). My colleague Sofie needs edit access to the shared boards but I can't find any "invite" button under Settings > Members, only "Transfer ownership". Is this a plan limitation or am I looking in the wrong place?

Thanks,
Marcus

On Mon, Feb 10, 2025 at 9:02 AM Boardly Billing <billing@boardly.io> wrote:
> URGENT: Your payment of $48.00 for Boardly Team failed.
> Please update your payment method within 72 hours to avoid suspension
> of your workspace. Questions? Call us at +1 (888) 555-0142.
>
> The Boardly Team""",
L("inquiry", "how_to", "low", "Marcus Lindqvist", None, "C20231214077", "", ""),
date="2025-02-10 14:30")

M("en", "u", "q", "Aisha Rahman <aisha.rahman@outlook.com>", "Question about an extra charge on my booking",
"""Hello,

This isn't a complaint, I just want to understand a charge.

I booked a 3-night stay in Kyoto through your site, Booking No. TRV-88213045. The total shown at checkout was USD 412.60. My credit card statement shows USD 412.60 plus a separate "INTL TXN FEE" of USD 12.38 posted the same day.

Is that fee from you (for example because the hotel charges in JPY), or is it something my bank adds? If it's yours, I'd appreciate a breakdown, because the checkout page said "no hidden fees".

Kind regards,
Aisha Rahman
+86 186 1654 0723""",
L("inquiry", "billing", "normal", "Aisha Rahman", "18616540723", None, "TRV-88213045", "explanation"))

M("en", "a", "7", "Dev Patel <devpatel.sz@gmail.com>", "Re: Order #PF-20458 shipping",
"""any update?? the cats are down to their last can

On Fri, Oct 24, 2025 at 5:41 PM Whisker & Co Support <help@whiskerco.cn> wrote:
> Hi Dev,
> Thanks for your patience. Your parcel has left our Shanghai warehouse
> with ZTO Express, tracking no. 78345120966021. It should arrive within
> 3-4 working days. If it hasn't arrived by Wednesday please call our
> hotline 400-921-5530.
> Best,
> Yuki, Whisker & Co Customer Care
>
> On Thu, Oct 23, 2025 at 10:15 PM Dev Patel <devpatel.sz@gmail.com> wrote:
>> Hi, I ordered 2 cases of the grain-free salmon wet food on Oct 19
>> (order #PF-20458) and it still says "processing". When will it ship?
>> Dev""",
L("inquiry", "logistics", "normal", "Dev Patel", None, None, "PF-20458", ""),
date="2025-10-28 08:10")

M("en", "a", "7", "Jordan Blake <jblake.music@yahoo.com>", "Great job!!",
"""Great job, guys. Really. Third pair of AeroBuds Pro in two months and the left earbud is dead again, right out of the box this time. Didn't even get to charge it.

Original order 100-4471920-5530918, first replacement came in August, second one two weeks ago. Each time your chat bot makes me do the same "reset and re-pair" routine like I'm an idiot. I've done it. It's not me. It's your product.

I'm done playing replacement roulette. Refund me, all of it, and tell me what's actually wrong with this batch, because clearly nobody is testing these before they go out.

Jordan""",
L("complaint", "product_quality", "normal", "Jordan Blake", None, None, "100-4471920-5530918", "refund explanation"),
date="2025-10-09 23:12")

M("en", "u", "8", "Gareth Hughes <g.hughes@btinternet.com>", "THIRD email - roaming charges on account C20220913118",
"""This is the third time I am writing about this, and the last time before I take it elsewhere.

On 12 August I was charged CNY 2,386.40 in "international data roaming" for a 4-day trip to Seoul, despite having bought your 7-day Asia roaming pack (CNY 98) through the app BEFORE I left. I have the confirmation screenshot. Your own app shows the pack as "active" for those dates.

First email, 14 Aug: auto-reply, nothing since.
Second email, 22 Aug: an agent called "Kevin" told me the charge was "correct per system" and closed the ticket (202408-5521) without looking at my screenshot.
Phone call, 29 Aug: 35 minutes on hold on your hotline, then cut off.

I want the CNY 2,386.40 reversed, a written explanation of how a paid roaming pack was ignored, and an apology for the way this has been handled. If I don't have this in writing by Friday, I will file with the MIIT complaints platform and hand the whole thread to my lawyer. I'm also happy to share it with the South China Morning Post, who have been running a series on exactly this.

Gareth Hughes
Customer No. C20220913118
Mobile: 139 1730 5521""",
L("complaint", "billing", "urgent", "Gareth Hughes", "13917305521", "C20220913118", "", "refund explanation apology"),
date="2024-09-03 09:45")

M("en", "a", "7", "Hannah O'Brien <hannah.obrien@icloud.com>", "your driver",
"""Your driver just threw my parcel over my front gate from the van window. I watched him do it on my doorbell camera. It bounced off the steps. It's a glass blender jug.

When I went out and knocked on his window he told me to "sign it or don't, not my problem" and drove off while I was still standing there.

Order number 58-22917-004. I'll be checking the jug tonight. If it's cracked you'll be hearing from me again. And I want to know what you're going to do about him. Footage available if anyone there actually wants to see it.

Hannah O'Brien""",
L("complaint", "service_attitude", "normal", "Hannah O'Brien", None, None, "58-22917-004", "explanation"))

M("en", "u", "q", "Tomasz Nowak <t.nowak@nowak-autoservice.cn>", "PO-2025-0341 - incorrect parts received",
"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="EN-US">
<div class="WordSection1">
<p class="MsoNormal">Dear Sales Team,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">We received today the shipment for our purchase order <b>PO-2025-0341</b>. Unfortunately the contents do not match the order:</p>
<ul>
<li>Ordered: 4 sets front brake pads, part no. BP-4410-F (VW Tiguan 2019+) &ndash; received: 4 sets rear brake pads, BP-4410-R</li>
<li>Ordered: 2 oil filter housings OFH-2213 &ndash; received: 2 x OFH-2231</li>
</ul>
<p class="MsoNormal">The labels on the outer boxes show the part numbers we ordered, but the items inside are different, so it looks like a packing error at your warehouse. This is the second time this quarter (see our email of 14 March regarding PO-2025-0187).</p>
<p class="MsoNormal">Please send the correct parts and collect the wrong ones at your cost. We have customer vehicles waiting for these, so a dispatch date would be appreciated.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Best regards,</p>
<p class="MsoNormal">Tomasz Nowak<br>Workshop Manager<br>Nowak Auto Service (Suzhou) Co., Ltd.<br>Tel: 0512-6588 2190</p>
</div></body></html>""",
L("complaint", "wrong_item", "normal", "Tomasz Nowak", "051265882190", None, "PO-2025-0341 PO-2025-0187", "exchange"),
html=True, date="2025-03-27 15:20")

M("en", "l1", "q", "Hélène Dubois <helene.dubois@orange.fr>", "Refund still not received",
"""Hello,

On 2 May I cancelled my enrolment in the "UX Design Bootcamp" (order no. EDU-240502-7781), within the 14-day cooling-off period. Your confirmation email of 3 May said the refund of ¥6,800 would be "processed within 5-7 working days".

It is now 27 May. Nothing has arrived on my card, and my bank says there is no pending credit either.

Please process the refund and tell me the date it was sent, with a transaction reference I can give to my bank. I'm getting a bit tired of checking my statement every morning.

Merci,
Hélène Dubois""",
L("after_sales", "refund", "normal", "Hélène Dubois", None, None, "EDU-240502-7781", "refund explanation"),
date="2024-05-27 08:50")

M("en", "a", "7", "Luis Ortega <luis@ortegabakery.com>", "Deck oven not heating - bakery stopped",
"""Hi,

Our 3-deck electric oven (model DO-3T, serial DO3T-2306-0112, bought from you June 2023, still under the 3-year warranty) stopped heating at about 3:30 this morning. The control panel lights up, fans run, the timer works, but all three decks stay at room temperature. No smoke, no burning smell, no tripped breaker - it just won't heat.

We've tried a full power cycle and checked the fuses on the back panel. Nothing.

We're a bakery and this is our only oven. Right now production is completely stopped and we have wholesale bread orders for three cafes due at 7am. Please send a technician as early as possible today, and call me when someone is on the way.

Luis Ortega
Ortega Bakery
+86 137 6120 4489
Customer ID: C20230611020""",
L("after_sales", "repair", "urgent", "Luis Ortega", "13761204489", "C20230611020", "", "repair callback"),
date="2025-11-14 04:50")

# ---------------------------------------------------------------- en, batch 2
M("en", "a", "7", "Margaret Ellis <maggie.ellis42@aol.com>", "Returning a cardigan",
"""Dear Sir or Madam,

I do hope this reaches the right person. My granddaughter set up this email for me and I am still getting the hang of it, so please forgive any mistakes.

For my 78th birthday my daughter ordered me a lovely lambswool cardigan from your website, in a size 14. I'm afraid it is far too big in the shoulders and the sleeves come right down over my hands. It has not been worn, only tried on once, and I still have the tissue paper and the little card it came with. The order number on the packing slip is WL-3390217.

I would like to return it please, and have the money go back to my daughter's card, as she paid. Could you tell me how to go about it? I don't have a printer, so if there is a label I need, could it be posted to me?

Also, my daughter mentioned something about "points" on her account from this order. I don't understand these things at all and I don't want her to lose them because of the return. Perhaps you could explain?

Thank you kindly for your help.

Yours faithfully,
Margaret Ellis
Tel. (010) 6433-2871""",
L("after_sales", "return", "normal", "Margaret Ellis", "01064332871", None, "WL-3390217", "return refund explanation"))

M("en", "u", "b", "Kenji Watanabe <kenji.w@fastmail.com>", "Fwd: Laptop hinge warranty claim",
"""Hello,

I sent the message below to your sales address two weeks ago and never heard back, so I'm forwarding it here. Still the same situation, except the crack is now a bit longer. You can reach me on 150 5718 2246.

Kenji

-----Original Message-----
From: Kenji Watanabe <kenji.w@fastmail.com>
Sent: Wednesday, June 4, 2025 9:12 PM
To: sales@novabook.com
Subject: Laptop hinge warranty claim

Hi,

My NovaBook Air 14 (S/N NBA14-K7X2-0093315) has a crack in the left hinge housing. It started as a hairline crack near the screw and now the lid wobbles when I open it. It has never been dropped, I only use it on a desk at home.

It was bought on 20 Nov 2024, order number NB-1120-58816, so it's well within the 2-year warranty. Could you arrange a repair? I'm in Hangzhou and can drop it at a service centre or send it in, whichever is easier.

Best regards,
Kenji Watanabe""",
L("after_sales", "warranty", "normal", "Kenji Watanabe", "15057182246", None, "NB-1120-58816", "repair"),
date="2025-06-18 10:00")

M("en", "a", "7", "Rachel Kim <rachel.kim@lumen-shop.com>", "P1 - checkout API returning 503 since 14:05",
"""Hi support,

Since 14:05 today (GMT+8) every call to your payments API /v2/charges from our store returns HTTP 503 "upstream unavailable". Your status page still shows all green.

Impact: 100% of checkouts on lumen-shop.com are failing. It is 11.11 and we are losing roughly 300 orders an hour.

Details:
- Merchant ID: MCH-20230517-0042
- Sample request IDs: req_8f2a91c0, req_8f2a9d44, req_8f2aa107
- No deploys on our side since last Thursday; sandbox is failing too

Please escalate to your on-call engineering team immediately and give me an ETA. I'm on +86 139 1660 2287 the whole afternoon.

Rachel Kim
Head of E-commerce, Lumen""",
L("emergency", "system_outage", "urgent", "Rachel Kim", "13916602287", "MCH-20230517-0042", "", "explanation callback"),
date="2025-11-11 14:40")

M("en", "u", "8", "Eleanor Price <eleanor.price@proton.me>", "Small question about my account",
"""Hi there,

Sorry to bother you with this, it's probably nothing.

I went to reorder my usual face serum this morning and the app asked me to log in again, which it never does. When I got in, the delivery address had been changed to somewhere in Dongguan I've never been, and there are two orders from last night (around 1am) for Lancôme gift sets, ¥3,960 in total, paid with my saved card. I was asleep at the time, and I definitely didn't place them.

The order numbers are 7712045589 and 7712045590. The email on the account also looks slightly different now, one letter changed.

Could someone take a look when you have a moment? I'm not sure whether I should cancel the card, or whether you can stop the orders and put the money back on it.

Many thanks,
Eleanor""",
L("emergency", "account_security", "urgent", "Eleanor Price", None, None, "7712045589 7712045590", "refund"))

M("en", "a", "b", "Brian Walsh <bwalsh1967@hotmail.com>", "Feedback on the ThermaCube heater",
"""Hello,

Some feedback on the ThermaCube 2000W fan heater I bought from you last month (order 2025-1204-66310).

It does heat the room well, I'll give it that. But two things have happened this week. On Tuesday my son touched the metal grille at the front while it was running and got a jolt - he said it felt like touching an electric fence. He's fine, just startled. Then last night I noticed a smell like melting plastic, and when I unplugged it the plug was quite hot and there was a brown mark around one of the pins.

It's unplugged and in the garage now. I'm not sure if I should send it back or if you need to see it first. Let me know what you'd like me to do.

Brian Walsh
138 2544 7761""",
L("emergency", "safety", "urgent", "Brian Walsh", "13825447761", None, "2025-1204-66310", "explanation"),
date="2026-01-08 08:25")

M("en", "a", "q", "Noah Fischer <noah.fischer@gmx.net>", "Complaint (sort of) - split bill feature",
"""Hi team,

Filing this under "complaint" because that's the only option in your contact form, but it's really a suggestion.

Splitting a dinner bill in your app is a terrible experience right now. It's frustrating: you have to pay the whole thing, then send manual requests to each friend, then chase them. Every time we go out I end up out of pocket for a week.

What would make it great:
- scan the receipt and let each person tick what they had
- send each person a payment link automatically
- a reminder after 24h for anyone who hasn't paid

Nothing is broken and I'm not asking for anything back - I just think you'd win a lot of users with this.

Cheers,
Noah""",
L("suggestion", "feature_request", "low", "Noah Fischer", None, None, "", ""))

M("en", "u", "8", "Grace Liu <grace.liu.sg@gmail.com>", "Thoughts on your meal kit packaging",
"""Hi,

We've been getting your weekly meal kits for about 4 months now and honestly the recipes are great, the kids even eat the veg.

One bit of feedback though: the packaging. This week's box had 14 separate little plastic bags (I counted), two ice packs, and a styrofoam liner, for a box that was mostly vegetables. It feels at odds with the "farm fresh, eco friendly" message printed on the box.

Could you look at paper bags for the dry stuff, or let us return the ice packs with the next delivery? I'd happily leave them out on the doorstep for the driver.

No reply needed, just wanted to pass it on. Keep up the good work 🙂

Grace""",
L("suggestion", "feedback", "low", "Grace Liu", None, None, "", ""))

M("en", "u", "b", "Microsoft 365 Admin <no-reply@m365-securemail-verify.com>", "[URGENT SECURITY NOTICE] support@example.com mailbox will be suspended",
"""<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#222">
<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #ddd">
<tr><td style="background:#0078d4;color:#fff;padding:16px;font-size:18px"><b>Microsoft 365</b></td></tr>
<tr><td style="padding:20px">
<p>Dear <b>support@example.com</b>,</p>
<p>We detected <b>3 unusual sign-in attempts</b> on your mailbox from an unrecognized device (IP 185.220.101.47, Moscow, RU).</p>
<p>To protect your account, incoming messages have been placed on hold. Your mailbox will be <span style="color:#c00"><b>suspended within 24 hours</b></span> unless you verify your identity.</p>
<p style="text-align:center;margin:24px 0"><a href="http://m365-securemail-verify.com/owa/auth?u=support%40example.com" style="background:#0078d4;color:#fff;padding:10px 24px;text-decoration:none">Verify Now</a></p>
<p>Pending messages: <b>17</b></p>
<p>Thank you,<br>Microsoft 365 Security Team</p>
<p style="font-size:11px;color:#888">&copy; 2025 Microsoft Corporation. This is a mandatory service communication.</p>
</td></tr></table>
</body></html>""",
L("other", None, "low", None, None, None, "", ""),
html=True)

M("en", "a", "7", "Olivia Turner <olivia.turner@zoho.com>", "Re: Your complaint has been resolved - ticket 202508-2217",
"""Hi,

No need to reopen anything, just wanted to close the loop properly.

When the dishwasher flooded my kitchen last month I was honestly ready to write a very angry review. Your technician Wei came out the next morning, found the cracked inlet hose, replaced it and even helped me mop up. And the refund for the first visit charge landed on my card yesterday.

So: thank you, and please pass it on to Wei and to Anna who handled my calls. It was a rotten week and you made it a lot better.

Olivia Turner

On 28 Aug 2025, at 11:20, Clearwave Appliances Care <care@clearwave.com> wrote:

> Dear Ms Turner,
> We're pleased to let you know that your complaint (ticket 202508-2217)
> has been resolved and a refund of CNY 150.00 has been issued.
> If you have any further questions, please call 400-810-7788.
> Kind regards,
> Anna Zhou, Customer Care""",
L("other", "thanks", "low", "Olivia Turner", None, None, "", ""),
date="2025-09-02 18:00")
