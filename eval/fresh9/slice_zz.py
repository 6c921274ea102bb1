# fresh9 slice zz: hard cases in zh-Hans / zh-Hant / en, written by hand.

# ---------------------------------------------------------------- zh-Hans

M("zh-Hans", "gbk", "b", "林晓萌 <linxm_0412@126.com>", "是不是扣重复了？（不是投诉哈）",
"""您好，

我是你们"每月一豆"精品咖啡订阅的会员，会员编号 M2023110457。

今天对信用卡账单的时候发现，6 月 3 号招商银行信用卡扣了两笔 ￥138.00，时间前后差了大概四分钟。我订的是每月两包的方案，订单号 KF-2406-00318，按理说一个月只扣一次。

不知道是不是其中一笔是预授权，过几天会自动退回？还是系统真的重复扣了？如果是预授权我就不管它了，麻烦帮我确认一下就行，不着急。

另外顺便问一句，下个月能不能把埃塞俄比亚那款换成云南保山的？App 里我没找到换豆子的入口。

谢谢！
林晓萌
手机 139 2207 5146""",
L("inquiry", "billing", "normal", "林晓萌", "13922075146", "M2023110457", "KF-2406-00318", "explanation"),
date="2024-06-05 21:37")

M("zh-Hans", "u", "8", "吴建平 <wujianping56@sina.com>", "Re: 【紧急通知】助听器固件升级提醒",
"""你好，

收到你们这个"紧急通知"把我吓一跳，以为助听器出什么毛病了，看完才知道是升级提醒。升级的事我孙子已经帮我弄好了，没有问题。

想问的是另外一个事：我新换了一部华为手机，原来用的是苹果。助听器（左右两只，型号 听悦 S7）怎么跟新手机连蓝牙？我在手机蓝牙里面搜不到它。是不是要先在旧手机上解除配对？旧手机已经给我老伴用了，她也不太会弄。

不着急，我平时不怎么打电话，主要是看电视的时候想用手机调音量。

吴建平

------------------ 原始邮件 ------------------
发件人: "听悦助听器服务中心" <service@tingyue-hearing.cn>
发送时间: 2024年9月12日(星期四) 上午10:02
收件人: "wujianping56" <wujianping56@sina.com>
主题: 【紧急通知】助听器固件升级提醒

尊敬的用户：
为保障您的佩戴体验，请尽快将助听器固件升级至 3.2.1 版本。如有疑问请拨打服务热线 400-806-3321，或联系您的验配师 周工 135****2290。""",
L("inquiry", "how_to", "low", "吴建平", None, None, "", ""),
date="2024-09-14 16:08")

M("zh-Hans", "u", "q", "郑女士 <zheng.yq@qq.com>", "3月15号的搬家还照常吗",
"""你好，我在你们小程序上预约了 3 月 15 日（周六）上午的搬家，订单号 YJ20250311-A7，从浦东金桥搬到闵行七宝，两室一厅，有一台钢琴。

当时说好提前两天会有调度打电话跟我确认车型和人数，今天已经 13 号下午了还没人联系我。也不是催，就是想确认一下订单是不是正常的，我这边需要做什么准备吗？比如电梯要不要提前跟物业报备，钢琴要不要单独加钱。

我电话 186-2130-7745，白天都能接。

郑女士""",
L("inquiry", "order_status", "normal", "郑女士", "18621307745", None, "YJ20250311-A7", "callback"),
date="2025-03-13 15:20")

M("zh-Hans", "g18", "8", "陈露 <luluma2019@163.com>", "安全座椅适不适合我的车？",
"""在吗？想买你们家那款"护航360"旋转安全座椅，宝宝现在11个月，9公斤多一点。

几个问题：
1. 我的车是2016年的老款朗逸，后排有ISOFIX接口，但是没有上拉带那个挂钩，能装吗？
2. 反向安装的时候支撑腿会不会顶到后排地板中间那个凸起？
3. 看到小红书上有人说安全座椅超过5年就不建议用了，是真的吗？材料会老化？我想着二胎还能接着用。

之前看评论有人说卡扣不好按，这个我倒不太在意。

谢谢～
陈露""",
L("inquiry", "product_info", "low", "陈露", None, None, "", ""),
date="2024-04-22 22:51")

M("zh-Hans", "g18", "8", "高志强 <gaozq_fitness@163.com>", "咨询一下发货时间",
"""咨询一下？我已经不想咨询了。

5月20号在你们旗舰店下单的力擎X9跑步机，订单号 202405201183376501，付了全款12800元。页面上写得清清楚楚："48小时内发货，7天到货"。

第一次说6月1号前到，没到；客服小雨说厂家排产，改到6月10号；10号又说物流压车，让我再等一周；今天6月19号，物流信息还是"已揽收"，一动不动。前前后后我打你们热线不下六次，在线留言四次，每次都是"已为您加急处理"。加急了一个月。

我明确说一下：明天中午12点前不给我一个准确的送货日期，我就去12315投诉，同时把所有聊天记录发到黑猫投诉和小红书曝光。别再跟我说"非常理解您的心情"。

高志强
138 0531 6672""",
L("complaint", "delivery_delay", "urgent", "高志强", "13805316672", None, "202405201183376501", "explanation"),
date="2024-06-19 20:14")

M("zh-Hans", "u", "b", "邵文静 <shaowj@yeah.net>", "Re: 关于您的退款申请处理结果",
"""你们好像没搞明白我的意思。我从来没有申请过退款，钱我已经付了，也不打算要回来。

我要说的是上周六（11月9号）来给我妈搬家的三位师傅的态度。我妈72岁，那天一个人在家等他们。带头那位师傅嫌楼道窄，一边搬一边骂骂咧咧，说"住这种老破小还搬什么家"；我妈问了一句衣柜能不能拆了再装，他直接说"你懂什么，别在这碍事"。我妈当天晚上给我打电话的时候都哭了。

东西倒是没坏，活也干完了。但老人家被这样说话，我心里很不舒服。我希望你们：
1. 核实一下这位师傅的情况；
2. 给我妈一个正式的道歉，打电话也可以，她家里电话是 0571-8802 4419，白天在家。

订单号 HZ-BJ-241109-0062。有事找我打我手机 159 5711 3028。

邵文静

在 2024-11-12 09:41:07，"安居搬家客服" <kefu@anju-banjia.com> 写道：
> 尊敬的客户您好，您的退款申请已受理，预计3-5个工作日原路退回。
> 如对处理结果不满意，可拨打投诉热线 400-921-5566。
> 安居搬家 客服部""",
L("complaint", "service_attitude", "normal", "邵文静", "15957113028", None, "HZ-BJ-241109-0062", "apology"),
date="2024-11-12 12:30")

M("zh-Hans", "gbk", "q", "何嘉伟 <hejiawei@foxmail.com>", "又发错了",
"""你好。

第二次了。我订阅的是"深烘意式拼配"，这个月收到的又是"低因哥伦比亚"，包装上大大的 DECAF。上个月也是这样，当时客服说是仓库标签贴错，补发了一包，我也没计较。

我每天早上靠这杯咖啡开工，喝了两天低因才发现怎么一点都不提神。好吧，是我自己没看包装，但发错的是你们。

麻烦把这个月的给我换成正确的，低因的你们要回收就派人来取，不要就算了。另外请解释一下为什么连续两个月都错，是不是我账户里的口味设置被谁改了？

订单：CF202502-77810
何嘉伟""",
L("complaint", "wrong_item", "normal", "何嘉伟", None, None, "CF202502-77810", "exchange explanation"),
date="2025-02-18 09:05")

M("zh-Hans", "u", "8", "骆一鸣 <luoyiming.design@gmail.com>", "建议你们把服务费写清楚",
"""看标题你们可能以为我是来提建议的，不是。

昨晚在你们App上抢了两张6月22号的音乐节票，票面680一张，选座页面一直显示680，结果付完款一看，总共扣了1486。多出来的126块叫"服务费+观演保障"，观演保障我根本没勾选，是默认勾上的，而且在付款前那一页被折叠起来了，要点"展开明细"才看得到。

这就是在坑人。我不想退票（好不容易抢到的），但观演保障那86块请退给我，同时请你们解释一下默认勾选这种做法合不合规。

订单编号：T8820240608001932
手机：13761029984""",
L("complaint", "billing", "normal", "骆一鸣", "13761029984", None, "T8820240608001932", "refund explanation"),
date="2024-06-09 08:47")

M("zh-Hans", "gbk", "8", "王蕾 <wanglei@randong-fit.com>", "单车阻力失灵，今晚7点有课",
"""售后你好，

我们是燃动健身工作室（成都高新区），去年10月在你们这采购了12台飞轮RD-300动感单车，客户编号 C20231018205。

从今天上午开始有5台的阻力旋钮拧到底也没有阻力，踩起来空转，显示屏倒是正常。中午又有1台开始"咔咔"地响。

今晚19:00有一节满员的团课，20个会员已经约好了，现在能正常用的只有6台。能不能今天下午5点前派师傅上门看一下？至少先把能修的修好。实在来不了也请尽快告诉我，我得提前通知会员取消。

联系人：王蕾（店长）
电话：177 8204 3391""",
L("after_sales", "repair", "urgent", "王蕾", "17782043391", "C20231018205", "", "repair"),
date="2024-11-21 11:35")

M("zh-Hans", "u", "q", "梁宇 <liangyu_bj@163.com>", "Fwd: 退货申请（第二次发）",
"""再转一次，上周五发的没人回。七天马上就到了，这次请别再让我等了。

---------- 转发的邮件 ---------
发件人：梁宇 <liangyu_bj@163.com>
日期：2024年8月2日 周五 21:14
主题：退货申请

你好，

7月28日收到的贝途 i-Size 增高垫式安全座椅（订单号 JD-8834-2107-5），座椅外层塑封没拆，只拆了快递箱。下单前客服说适合4到12岁，收到一看说明书写的是身高100–150cm，我女儿才96公分，用不了。

想申请七天无理由退货，运费我自己出也行。请告诉我退货地址，或者你们安排上门取件。

梁宇 13501287763""",
L("after_sales", "return", "normal", "梁宇", "13501287763", None, "JD-8834-2107-5", "return"),
date="2024-08-04 10:12")

M("zh-Hans", "g18", "b", "徐丽华 <xulihua1970@139.com>", "Re: 您的投诉已升级处理",
"""你们好，

先说明一下，我没有投诉。上次打电话我只是随口说了一句"怎么这么快就坏了"，可能接电话的同事理解成投诉了，不用升级。

情况是这样的：我父亲的助听器（右耳那只，机身号 SJ7R-00419），去年12月在你们望京验配中心配的，说明书上写保修两年。上周开始右耳完全没声音，换了新电池也一样，左耳正常。

想按保修走，请问是寄回厂家，还是直接拿到验配中心？维修期间能不能借一台备用机？老人家一只耳朵听不见，看电视、过马路都不方便。

购买单号：SJHA-241206-0033
徐丽华 137 1822 0564

> 发件人: 声佳助听器 客户关怀部
> 发送时间: 2025年1月8日 14:20
> 主题: 您的投诉已升级处理
> 徐女士您好，您反映的问题已作为投诉升级至质量部，专员刘工（电话 010-6478 3390）将于48小时内与您联系。""",
L("after_sales", "warranty", "normal", "徐丽华", "13718220564", None, "SJHA-241206-0033", "repair"),
date="2025-01-08 19:46")

M("zh-Hans", "u", "b", "蒋帆 <jiangfan.work@outlook.com>", "自动续费了，想退",
"""客服你好，

我知道是我自己忘了关自动续费，这个我认。但我8月份就已经把所有照片导出到移动硬盘了，账号基本没再用，结果9月14号被扣了¥298的年费（"云盒 2T 年度会员"）。

续费到现在才两天，空间里也没再上传过任何东西，能不能帮我全额退回？如果只能部分退，也请告诉我规则。退完顺手帮我把自动续费关掉——设置里那个开关我找了半天没找到，真的藏得挺深的。

会员编号：C2022071433
订单号：YH-2409-14-0081
绑定手机：135****0921

蒋帆""",
L("after_sales", "refund", "normal", "蒋帆", None, "C2022071433", "YH-2409-14-0081", "refund"),
date="2024-09-16 13:02")

M("zh-Hans", "u", "8", "田甜 <tiantian_0823@qq.com>", "选座页面真的太难用了",
"""<html><body>
<div>你好，</div>
<p>先说一句，这不是投诉，票买到了，位置也还行，不需要你们处理什么。</p>
<p>就是每次在手机上选座都很痛苦：座位图只能两根手指放大，放大了又拖不动，一松手就弹回去；三楼看台的排号小得根本分不清哪排是哪排，我上次差点把 K 排看成 R 排。</p>
<p>几个小建议：<br>
1. 加一个&ldquo;按价格筛选后只显示可选座位&rdquo;的开关；<br>
2. 选中座位后直接显示&ldquo;距舞台约 xx 米&rdquo;或者视角预览图；<br>
3. 多人购票时能一键选&ldquo;连座&rdquo;，不用一个一个点。</p>
<p>身边朋友都有同感，希望下个版本能看到 &#128522;</p>
<div>田甜</div>
</body></html>""",
L("suggestion", "feature_request", "low", "田甜", None, None, "", ""),
html=True, date="2025-05-06 23:18")

M("zh-Hans", "gb", "b", "曹先生 <caoming@sohu.com>", "说几句心里话",
"""上个月20号用了你们的"日式精品搬家"，整体挺满意的，师傅手脚麻利，东西一件没坏。

有两点想跟你们说一下，不是投诉，也不用补偿什么：

一是打包用的纸箱质量参差不齐，有几个是回收的旧箱子，底部胶带都快粘不住了，装书的箱子差点漏底。建议书和餐具这类重东西统一用新的加厚箱。

二是搬完以后留下了一大堆泡沫和缠绕膜，我自己跑了三趟垃圾站。能不能加一个"包材回收"的选项，哪怕多收二三十块钱我也愿意。

就这些，祝生意兴隆。

曹明""",
L("suggestion", "feedback", "low", "曹明", None, None, "", ""),
date="2024-10-21 20:40")

M("zh-Hans", "u", "8", "葛晓东 <gexiaodong@163.com>", "问一下你们平台的充值记录",
"""你好，

可能是我想多了，先问问。

我爸今年78了，手机上装着你们的"票多多"，平时就用来买戏票。今天中午我回家帮他看手机，发现他手机银行里从昨天晚上11点到今天凌晨2点，有7笔转账，每笔500到2000不等，收款方都显示"票多多-余额充值"，一共9800。我爸说他晚上9点多就睡了，根本没碰手机。

我刚用他的手机打开你们App，余额是0，"我的订单"里多了好几张不认识的演唱会门票，状态都是"已转赠"。账号的登录设备里还有一台"OPPO Reno"，我们家没有这个手机。

银行那边我已经打过电话了。你们这边能不能先把账号冻结？那几张转赠出去的票能不能拦截？被转走的钱能退回来吗？

我爸账号绑定的是他的手机 159 0210 8836，有事请打我电话 +86 138 1652 0077。

葛晓东""",
L("emergency", "account_security", "urgent", "葛晓东", "13816520077", None, "", "refund"),
date="2025-04-27 13:25")

M("zh-Hans", "gbk", "q", "邓志远 <dengzy88@126.com>", "跑步机速度显示好像不准",
"""客服您好，

我去年双十一买的悦跑R5家用跑步机（订单 No. 20241111-5530），用了大半年一直还行，每周跑三四次，一次五公里左右。

最近有个问题想请教：我用手机App测配速，跑步机显示10公里/小时，App测出来只有8.6左右，差得有点多。是不是跑带松了需要调？说明书上写要用内六角扳手调后滚筒两边的螺丝，但没说拧几圈，我怕拧歪了跑带跑偏。

另外跑带中间有一块发亮，摸上去滑滑的，是不是该上硅油了？你们推荐用什么油？网上有卖那种30块一瓶的，不知道能不能用，会不会把跑带泡坏。

还有就是这两天跑到20分钟左右，电机罩那边会有一股烧塑料的味道，开窗一会儿就散了，估计是天热的原因，顺便提一下。昨天我女儿说好像看到电机罩缝里冒了一点点烟，我没看到，可能是灰吧。

速度的事麻烦告诉我怎么调，谢谢。

邓志远
电话：0755-2661 8043""",
L("emergency", "safety", "urgent", "邓志远", "075526618043", None, "20241111-5530", "explanation"),
date="2025-07-09 21:02")

M("zh-Hans", "u", "b", "彭璐 <penglu@mumu-studio.cn>", "同步盘又转圈了",
"""你好，

我们工作室用的是你们的"云栈 企业版"，企业客户编号 C20230602117。

从今天早上9点多开始，网页版登录后一直白屏，客户端显示"连接服务器失败 (E-5032)"，所有共享文件夹都打不开。我们8个人都一样，换了网络、换了电脑都不行，应该不是我们这边的问题。

下午4点要给甲方交VI提案，源文件全在盘里，本地只有一部分缓存。能不能告诉我们大概什么时候恢复？或者有没有办法先把"2025提案"那个文件夹单独导出来？

彭璐 ｜ 木木设计
电话：１３９ １０２７ ６６５８""",
L("emergency", "system_outage", "urgent", "彭璐", "13910276658", "C20230602117", "", "explanation"),
date="2025-03-04 10:26")

M("zh-Hans", "u", "8", "韩冬 <handong_sz@qq.com>", "卡扣",
"""你们的"安途Pro"座椅，今天下午在广深高速上，我儿子（3岁半）的五点式安全带卡扣自己弹开了。他当时自己坐着，手根本没碰到。我从后视镜看到安全带松了，赶紧开到服务区停下。

回来试了好几次，扣上以后用力拉一下，有时候就"啪"一下开了。

这是要命的事。我现在不敢再用了，明天还要开车送他去幼儿园。请尽快告诉我怎么处理，是不是这批有问题要召回？

订单号 3329-0087-6612-AN
韩冬 189 2366 0415""",
L("emergency", "safety", "urgent", "韩冬", "18923660415", None, "3329-0087-6612-AN", "explanation"),
date="2024-07-14 18:53")

M("zh-Hans", "gb", "b", "孔令雪 <konglingxue2001@163.com>", "应聘在线客服专员岗位 - 孔令雪",
"""贵公司人事部负责人您好：

我在招聘网站上看到贵公司"豆语咖啡"招聘在线客服专员，特此投递简历。

我今年7月从江西财经大学毕业，市场营销专业。在校期间在学校咖啡吧兼职一年半，会做基础的手冲和意式；也在一家电商平台做过三个月售前客服，日均接待两百多条咨询，熟悉退换货和投诉处理流程，打字速度每分钟九十字左右。

我很喜欢咖啡，也喜欢和人打交道，希望能有机会加入贵公司。简历已放在附件中，如方便请电话联系我：152 7918 3306。

此致
敬礼

孔令雪
2024年8月12日""",
L("other", None, "low", "孔令雪", "15279183306", None, "", ""),
date="2024-08-12 09:30")

M("zh-Hans", "u", "q", "范老师 <fanshuqin@126.com>", "谢谢你们的小周",
"""你们好，

去年秋天我给你们写过一封很生气的邮件，那时候助听器一直啸叫，来回修了三次都没好，我还说要去消协投诉。

后来是你们朝阳门店的验配师小周帮我重新做了耳模，又前前后后调了好几次参数。现在戴着一点啸叫都没有了，跟家里人聊天、看电视都清清楚楚。

一直想写封信谢谢她，今天总算想起来了。麻烦帮我转告一下，不用回复我。

范淑琴""",
L("other", "thanks", "low", "范淑琴", None, None, "", ""),
date="2025-02-26 15:11")

# ---------------------------------------------------------------- zh-Hant

M("zh-Hant", "u", "8", "Winnie Kwok <winniekwok@netvigator.com>", "咖啡豆寄到邊度？",
"""<html><body>
<p>你好，</p>
<p>我喺你哋網站訂咗兩包 Kenya AA 同一包 house blend，訂單編號 HKC/24/0815-3。8月15號已經收到「已發貨」電郵，順豐單號 SF1389 2207 4451，但查咗幾日都係顯示「待派送」，地址係觀塘辦公室。</p>
<p>想問下係咪要我自己去順豐站攞？定係會再派？我平日 9 點至 6 點都喺公司，有人收。</p>
<p>唔該晒！<br>
Winnie Kwok<br>
手機：+852 9134 6627</p>
</body></html>""",
L("inquiry", "logistics", "normal", "Winnie Kwok", "91346627", None, "HKC/24/0815-3", ""),
html=True, date="2024-08-20 12:48")

M("zh-Hant", "b5", "8", "林佩君 <peichun.lin@gmail.com>", "請問助聽器可以戴去游泳嗎",
"""您好，

我母親明年想配一副耳內型助聽器，我們正在比較幾家，想先請教幾個問題：

一、貴公司的聲悅 Mini 標示 IP68，是不是代表可以戴著游泳或泡溫泉？
二、如果不行，洗澡時要拿下來嗎？夏天流汗會不會影響？
三、充電式和換電池式，哪一種比較適合七十多歲、手指不太靈活的長輩？

謝謝您撥冗回覆。

林佩君
(02) 2758-3316 轉 205""",
L("inquiry", "product_info", "low", "林佩君", "0227583316", None, "", ""),
date="2024-12-02 10:15")

M("zh-Hant", "b5", "b", "黃先生 <huang.chiming@yahoo.com.tw>", "第三次來信：汽座底座裂開",
"""這是我第三次寫信。前兩次（10/3、10/11）你們都只回了制式信件說「已轉相關單位處理」，然後就沒有下文。

我在貴公司官網購買的寶護 ISOFIX 360 汽座，訂單編號 TW-ECP-20240816-0457，用不到兩個月，底座和椅身連接的塑膠卡榫就出現裂痕，旋轉時會喀喀響，整個椅身可以晃動大約兩公分。照片之前已經寄過兩次。這兩週我已經不敢讓孩子坐，先借朋友的舊汽座在用。

這是給小孩坐的安全汽座，不是玩具。我的要求很簡單：
一、整組更換新品；
二、書面說明這個裂痕是不是批次瑕疵。

如果本週五前還是沒有具體回覆，我會直接向消基會申訴，同時找縣市政府的消保官處理。

黃啟明
0932-118-604""",
L("complaint", "product_quality", "urgent", "黃啟明", "0932118604", None, "TW-ECP-20240816-0457", "exchange explanation"),
date="2024-10-22 22:07")

M("zh-Hant", "u", "8", "陳家豪 <kaho.chan@yahoo.com.hk>", "送貨",
"""你好，

我喺你哋度買咗部划艇機，訂單 #HK55201，講明包送上樓（我住沙田村屋三樓，冇𨋢，落單嗰陣已經備註咗）。

今日送貨師傅打俾我，話佢唔會搬上樓，將個四十幾公斤嘅箱擺咗喺樓下門口就走咗。我喺公司趕唔返去，而家落緊雨，個箱就咁喺度淋緊。

我想問清楚，「送貨上樓」係咪你哋寫嚟講下？我而家要自己搵人搬，呢筆錢邊個負責？真係好唔開心。

家豪
9621 0388""",
L("complaint", "logistics", "normal", "陳家豪", "96210388", None, "HK55201", "explanation compensation"),
date="2025-06-11 15:33")

M("zh-Hant", "b5", "8", "吳怡萱 <yihsuan.wu@hotmail.com>", "綜合訓練機什麼時候可以來安裝？",
"""您好，

我11月2日收到貴公司的力鋼 HG-700 綜合訓練機，一共五大箱，現在堆在客廳已經兩個星期了，走路都要側身。

購買時業務說含到府安裝，收貨後三到五個工作天會有師傅聯繫。到現在沒有任何人打給我，我打客服專線 0800-268-168 也一直轉語音信箱。

說真的我有點不耐煩了，但也不想多說什麼，只希望盡快排一個安裝時間，平日晚上或週末都可以。

訂單編號：GYM-TW-11-00872
聯絡電話：+886 (0)928 441 517
吳怡萱""",
L("after_sales", "installation", "normal", "吳怡萱", "0928441517", None, "GYM-TW-11-00872", "callback"),
date="2024-11-16 09:20")

M("zh-Hant", "u", "q", "黃太 <mrswong.lai@gmail.com>", "想換耳塞套尺寸",
"""你好，

上星期喺你哋網店買咗兩盒助聽器用嘅開放式耳塞（open dome），揀咗 8mm，點知我先生戴落去成日跌出嚟，聽力中心話佢應該用 10mm。

兩盒都未開封，可唔可以幫我換做 10mm？如果要補差價都冇問題。我可以寄返去，或者去你哋旺角門市換都得。

訂單號碼：W-2025-0307-118
黃太 電話 6283 9150""",
L("after_sales", "exchange", "normal", "黃太", "62839150", None, "W-2025-0307-118", "exchange"),
date="2025-03-14 11:02")

M("zh-Hant", "b5", "q", "山丘咖啡 陳建宏 <hillcafe.tn@gmail.com>", "急！咖啡機不加熱",
"""您好，

我們是台南的山丘咖啡，跟貴公司簽的是「豆子訂閱＋機器租賃」方案，商戶編號 C20220915033。

今天早上五點半到店開機，那台你們租給我們的雙孔義式機，鍋爐一直不加熱，壓力錶停在 0，面板顯示 E03。已經照手冊重開機、檢查過水箱和總開關，都沒有用。沒有焦味、也沒有漏水，就是不熱。

我們七點開門，早上有一批外帶預訂單，八點前要出四十杯。能不能請維修師傅盡快過來？如果趕不上，至少打電話教我們怎麼處理。

陳建宏
0911-523-806""",
L("after_sales", "repair", "urgent", "陳建宏", "0911523806", "C20220915033", "", "repair callback"),
date="2024-12-05 05:42")

M("zh-Hant", "u", "b", "蔡宗翰 <tsunghan.tsai@gmail.com>", "你們的購票流程對輪椅族很不友善",
"""先說，我不是要客訴，也不需要任何補償。

我坐輪椅。每次在你們 App 買演唱會或球賽的票，都找不到輪椅席的選項，只能打電話到主辦單位問，電話又常常打不通；等我問到，輪椅席旁邊的位置早就被一般觀眾買走了。

建議：
1. 座位圖上直接標示輪椅席與陪同席，並能在 App 內上傳身心障礙證明後購買；
2. 開賣時輪椅席獨立一個入口，不要跟一般搶票混在一起；
3. 場館的無障礙資訊（電梯、坡道、廁所）直接放在活動頁面。

相信不只我一個人有這個需求。謝謝。

蔡宗翰""",
L("suggestion", "feature_request", "low", "蔡宗翰", None, None, "", ""),
date="2025-01-19 20:55")

M("zh-Hant", "u", "8", "Ivy Leung <ivy@harbourphysio.hk>", "預約系統又死咗",
"""Hi，

你哋嘅商戶後台又入唔到，由今朝 8 點到而家（10:15）都係彈 "502 Bad Gateway"，客人喺 App 度見到我哋診所顯示「暫停預約」。上個月都試過一次，半日就好返，所以我都唔係好緊張，冇乜大不了。

不過今日約滿咗三十幾個症，前台睇唔到名單，唔知邊個幾點嚟，而家靠 WhatsApp 逐個問。有時間睇下就得。

商戶號：HK-MER-30721

Ivy Leung
海港物理治療中心
+852 2851 0936""",
L("emergency", "system_outage", "urgent", "Ivy Leung", "28510936", "HK-MER-30721", "", ""),
date="2025-05-20 10:17")

M("zh-Hant", "u", "q", "許雅婷 <yating.hsu@gmail.com>", "請問這樣正常嗎",
"""不好意思打擾，想確認一件事。

昨晚收到兩封「新裝置登入」通知，地點一個是巴西聖保羅、一個是越南，我人在台中，也沒有出國。我本來以為是詐騙信就沒理它。

今天打開雲端硬碟，發現「家庭照片」資料夾少了一大半，回收筒是空的。另外帳號的備援信箱被改成一個我不認識的 outlook 信箱。

密碼我剛剛改了，但不確定有沒有用。請問這樣正常嗎？照片還救得回來嗎？

會員編號：TWC-558120
許雅婷 +886 (0)4 2325 8871""",
L("emergency", "account_security", "urgent", "許雅婷", "0423258871", "TWC-558120", "", "explanation"),
date="2024-09-08 08:41")

M("zh-Hant", "b5", "8", "周美玲 <meiling.chou@gmail.com>", "三月房租與熱水器",
"""王大哥您好，

三月份房租 18,000 元已經轉到您的帳戶了，轉帳末五碼 53017，麻煩查收。

另外浴室的熱水器最近點火要試好幾次才會著，之前您說會請師傅來看，不知道排好時間了沒？我這週六下午都在家。

謝謝！
美玲 敬上""",
L("other", None, "low", "周美玲", None, None, "", ""),
date="2025-03-03 19:26")

M("zh-Hant", "u", "b", "順捷搬運 市場部 <marketing@shunjit-moving.hk>", "【合作邀請】企業搬遷85折 — 回覆即享免費上門估價",
"""敬啟者：

順捷搬運成立於 2009 年，專營寫字樓搬遷、倉存及大型健身器材搬運，客戶包括多間連鎖健身中心及診所。

現誠邀貴公司成為合作夥伴：凡經貴公司轉介之客戶，即享 85 折優惠，貴公司另可獲每單 8% 佣金。名額有限，先到先得。

即日起回覆本電郵或致電 3594 2280，即可安排免費上門估價。

順捷搬運 市場部
羅子軒

如不欲再收到本公司資訊，請回覆「取消訂閱」。""",
L("other", None, "low", "羅子軒", None, None, "", ""),
date="2024-07-02 10:00")

# ---------------------------------------------------------------- en

M("en", "a", "7", "Megan O'Hara <megan.ohara@fastmail.com>", "Question about the final charge",
"""Hi there,

Just a quick question, not a complaint -- the move itself went fine and the crew were great.

When I booked (booking ref MV-0623-HX9) the quote was $1,180 and you put a $350 hold on my card. Yesterday I saw the hold drop off and a charge of $1,412.50 go through instead.

I'm guessing the difference is the extra hour the crew needed for the piano and maybe a stair fee? I just didn't see an itemised invoice anywhere. Could you send one over or explain how the total was worked out?

Thanks,
Megan O'Hara
(503) 555-0148""",
L("inquiry", "billing", "normal", "Megan O'Hara", "5035550148", None, "MV-0623-HX9", "explanation"),
date="2024-06-27 08:14")

M("en", "a", "7", "dkowalski@protonmail.com", "order",
"""order 77-3310-B placed the 2nd, still says processing. shipped yet?
-D""",
L("inquiry", "order_status", "normal", None, None, None, "77-3310-B", ""),
date="2025-04-09 07:51")

M("en", "l1", "q", "Rosalind Achterberg <r.achterberg@web.de>", "URGENT?? no, not really - sharing question",
"""Hello,

Sorry for the subject line, my daughter told me to always write urgent so that someone reads it. It is not urgent.

I have the Family 1TB plan. I want to share the folder "Recipes & Garden" with my sister in Groningen, so she can see it and add her photos. But last year she deleted half of my son's wedding pictures by accident (they came back from the bin, thank goodness), so I do NOT want that she can delete anything.

Is there a setting for "can add but cannot delete"? I see only "Viewer" and "Editor". If I choose Viewer, can she still upload?

Also a naïve question: if she uploads photos, do they count against my storage or hers?

Many thanks and greetings from Düsseldorf,
Rosalind Achterberg""",
L("inquiry", "how_to", "low", "Rosalind Achterberg", None, None, "", ""),
date="2024-10-03 16:40")

M("en", "u", "8", "Tyrone Mitchell <tmitchell.lifts@gmail.com>", "Re: Your order is on its way!",
""""On its way" since March 4th. It's now March 27th.

I ordered the 5-50 lb adjustable dumbbell set + rack (order #GE-448812) because your site said "ships in 2-3 business days". Nobody told me it was backordered until I chased you twice. Tracking hasn't updated in 19 days. My garage gym is on hold and I've been paying for a gym membership I was about to cancel.

Honestly I'm disappointed. I'd like a straight answer on when it will actually arrive, and I think a partial credit for the delay is fair.

Tyrone

On Mon, Mar 4, 2024 at 9:12 AM IronHaus Support <support@ironhaus-fitness.com> wrote:
> Great news! Your order GE-448812 has shipped.
> Track it here: 1Z 999 AA1 01 2345 6784
> Questions? Call us at 1-800-555-0199.""",
L("complaint", "delivery_delay", "normal", "Tyrone Mitchell", None, None, "GE-448812", "explanation compensation"),
date="2024-03-27 19:02")

M("en", "u", "b", "Priya Raman <praman84@outlook.com>", "FOURTH email - double charge still not refunded",
"""This is my fourth email and second phone call about this. The case number I was given on the phone was 24-117-5530, which apparently nobody can find.

On 14 September I bought 3 tickets for the Halloran Quartet at the Regent Theatre, order TKX-9-0381-662. Your app froze at the payment screen, I was charged twice (2 x $267.40), and I received one set of tickets. Your own agent admitted on the phone it was a "known glitch that week".

I was promised a refund "within 5-7 business days". That was 23 days ago.

Let me be very clear: if the duplicate $267.40 is not back on my card by Friday, I will file a chargeback and report this to Consumer Affairs, and my brother-in-law, who is a solicitor, has already offered to write to you. I am also happy to share this entire thread with the local paper, who seem very interested in ticketing apps lately.

Priya Raman
0412 884 316""",
L("complaint", "billing", "urgent", "Priya Raman", "0412884316", None, "TKX-9-0381-662", "refund"),
date="2024-10-07 22:30")

M("en", "u", "q", "Daniel Okafor <d.okafor@btinternet.com>", "Appointment on Tuesday at your Headingley branch",
"""Dear Sir/Madam,

I accompanied my father (81) to his follow-up fitting at your Headingley branch on Tuesday 9 July, and I want to raise how he was spoken to.

The audiologist - I won't guess at his name, he didn't introduce himself - spoke to me instead of my father for most of the appointment, as though Dad wasn't in the room. When Dad asked him to repeat something (he is there for hearing aids, after all) he sighed, said "we've been over this", and turned the test tone up without warning, which made Dad flinch. At the end he told me, not him, that "at his age he shouldn't expect miracles".

The hearing aids themselves seem fine. This is about dignity. My father has been your customer since 2019, customer number C20190314022.

I would like an apology to my father directly, and I'd like to know what you will do so this doesn't happen to someone else.

Yours faithfully,
Daniel Okafor
07700 900461""",
L("complaint", "service_attitude", "normal", "Daniel Okafor", "07700900461", "C20190314022", "", "apology explanation"),
date="2024-07-11 09:48")

M("en", "u", "q", "Hannah Lindqvist <hannah.lindqvist@icloud.com>", "Re: Thanks for your feedback!",
"""<html><body>
<div>Hi,</div>
<div><br></div>
<div>Replying to your survey email because apparently there is no other way to reach a human.</div>
<p>The last three bags from my Roaster&rsquo;s Choice subscription (order <b>RC-2025-0412</b>) have all been stale. The roast dates printed on the bags are 6&ndash;7 weeks before they arrived, the valve bags were flat, and the coffee tastes of cardboard &amp; dust no matter how I brew it. I pay &pound;14.50 a bag for &ldquo;roasted to order, shipped within 48h&rdquo;.</p>
<p>I&rsquo;m not cancelling&nbsp;&mdash; I loved this service last year. But I want to know what changed, and I&rsquo;d like these three bags replaced with properly fresh ones.</p>
<p>Hannah</p>
<blockquote style="border-left:2px solid #ccc;padding-left:8px">
<p>Thanks for your feedback! We&rsquo;d love to hear how your last delivery went. Rate us 1&ndash;5 below. Got a complaint? Our Happiness Team is here for you.</p>
<p>&mdash; The Kettle &amp; Crow team</p>
</blockquote>
</body></html>""",
L("complaint", "product_quality", "normal", "Hannah Lindqvist", None, None, "RC-2025-0412", "explanation exchange"),
html=True, date="2025-05-02 18:25")

M("en", "a", "7", "Marcus Delgado <mdelgado.music@yahoo.com>", "Re: Your complaint #C-88213 has been received",
"""I didn't file a complaint, I asked for a refund. Please don't close this as "complaint resolved" again.

The Saturday 12 Oct show (Vantablack Mornings at the Orpheum) was CANCELLED by the venue. Not postponed, cancelled - it's on their Instagram. Your app still shows my 2 tickets as "valid" and there's no refund button anywhere.

Order: 5510-A2-99034. Paid $148.00 incl. fees.

I want the full amount back, fees included, to the original card. That's all. Annoyed, yes, but that's it.

Marcus Delgado

-----Original Message-----
From: TixNow Support <noreply@tixnow.app>
Sent: Tuesday, October 15, 2024 4:02 PM
To: mdelgado.music@yahoo.com
Subject: Your complaint #C-88213 has been received

Thank you for contacting TixNow. Your complaint has been logged and escalated to our Complaints Team. For urgent matters please call 1-888-555-0142.""",
L("after_sales", "refund", "normal", "Marcus Delgado", None, None, "5510-A2-99034", "refund"),
date="2024-10-16 11:09")

M("en", "u", "8", "Jonas Wegener <jonas.wegener@gmx.de>", "return of bench, again",
"""Hello,

I write now the third time in your portal (maybe you dont see the messages there?) so I try email.

I ordered the FlexPro adjustable bench (order 40017-88-DE) on 2 May, it arrived 6 May. It is still in the box, not opened, because meanwhile my landlord told me no heavy gym equipment in the flat (long story). Your website says 30 days return. Today is 24 May.

Please send me the return label or tell me how the pickup works. I am a bit annoyed because nobody answers, but ok, I just want to return it and get my money back.

Best regards
Jonas Wegener
0151 23847719""",
L("after_sales", "return", "normal", "Jonas Wegener", "015123847719", None, "40017-88-DE", "return refund"),
date="2025-05-24 14:37")

M("en", "u", "q", "Aisling Brennan <aisling.b@eircom.net>", "Grinder died - warranty",
"""Hi folks,

My Burr One grinder (came with the Brew Club bundle, member no. BC-IE-20931) just stopped this morning mid-grind. Power light is on, motor doesn't turn, just a faint click. No smoke, no burning smell, nothing dramatic - it simply quit. It's 8 months old so it should still be under the 2-year warranty.

What do you need from me - proof of purchase? Serial number is GR1-0087731, on the bottom. Happy to post it back if you send a label, or a replacement would be lovely if that's quicker.

Cheers,
Aisling
087 224 6190""",
L("after_sales", "warranty", "normal", "Aisling Brennan", "0872246190", "BC-IE-20931", "", "repair exchange"),
date="2024-11-28 08:03")

M("en", "a", "7", "Greg Tanaka <gtanaka@sonic.net>", "Your pause feature is useless",
"""OK, "useless" is harsh, but it got your attention.

I travel a lot for work. Right now the only options are "pause for 3 months" or cancel. What I actually want is to skip ONE delivery when I know I'm away, and maybe double up the next one. Half the time I end up cancelling and re-subscribing, and I lose my founding-member price every time.

Suggestions:
- a "skip next delivery" button
- let me pick the delivery date, not just the week
- a travel mode that holds bags at a pickup point

No reply needed, I'm still a happy customer otherwise.

Greg""",
L("suggestion", "feature_request", "low", "Greg Tanaka", None, None, "", ""),
date="2025-01-13 06:55")

M("en", "u", "b", "Leticia Moreno <leticia.moreno@gmail.com>", "A few thoughts after our move",
"""Hello,

We moved from Fremont to Sacramento with your team last weekend (booking MVS-2291). Overall a good experience - Luis and Andre were careful, quick, and very kind to our extremely nervous dog.

Some feedback, take it or leave it:

1. The online inventory form only lets you pick "small / medium / large box". We had 14 wardrobe boxes and no way to enter them, so the estimate was way off (you honored it anyway, thank you).
2. The crew arrived 90 minutes after the window without a text. They'd been stuck on the Bay Bridge, totally understandable, but a heads-up text would have saved me a lot of pacing.
3. I'd love a photo checklist of furniture condition before loading - it protects both sides.

Not looking for anything back, just hope it helps.

Leticia""",
L("suggestion", "feedback", "low", "Leticia Moreno", None, None, "MVS-2291", ""),
date="2024-09-03 21:12")

M("en", "u", "8", "Natalie Brooks <nat.brooks@hotmail.co.uk>", "Safety key question",
"""Hi,

Quick question about the StrideLine T40 treadmill. Is the red safety key supposed to stop the belt instantly? Ours doesn't anymore - when you pull it the display goes off but the belt keeps running at speed for maybe 8-10 seconds.

I only noticed because my 6-year-old climbed on while my husband was cooling down and fell; he pulled the clip and the belt just kept going. She has a friction burn on her forearm and knee - we've cleaned it up and she's OK, a bit shaken.

We've unplugged it for now. Is this a known fault? Do we need a technician?

Natalie Brooks
order ref SL-T40-UK-30155
07981 553 270""",
L("emergency", "safety", "urgent", "Natalie Brooks", "07981553270", None, "SL-T40-UK-30155", "explanation repair"),
date="2025-02-09 19:44")

M("en", "u", "b", "Howard Pemberton <hpemberton@aol.com>", "Fwd: URGENT SECURITY NOTICE - verify your NimbusVault account",
"""Is this one of yours? I clicked it last night and typed in my password like it asked. This morning I can't log in - it says my password is wrong - and I've had an email saying my recovery phone was changed to a number ending 4471, which isn't mine.

There are twenty years of my late wife's photos in that account. I don't have them anywhere else.

The account email is this one. Customer ID on my invoices: C20210519063. Please could someone ring me, I'm not good with these things - home 617-555-0182.

Howard Pemberton

Begin forwarded message:

From: "NimbusVault Security" <security@nimbusvault-verify.co>
Subject: URGENT SECURITY NOTICE - verify your NimbusVault account

Dear customer, we detected unusual activity on your account. Your account will be suspended within 24 hours unless you verify your identity at the link below. Call 1-866-555-0123 if you need help.""",
L("emergency", "account_security", "urgent", "Howard Pemberton", "6175550182", "C20210519063", "", "callback"),
date="2024-05-18 08:22")

M("en", "u", "8", "Sofia Brandt <sofia@lanternhallevents.com>", "scanner app login failing - doors 7pm",
"""Hi support,

Our door staff can't log in to the TixNow Gate scanner app since about 3:40pm - "Authentication server unavailable (401-GW)". Tried on four devices, Wi-Fi and 4G, reinstalled on one. The organiser dashboard is also stuck on "Loading attendees...".

We have 1,150 ticket holders tonight (event ID EV-77120, merchant ID LHE-2203) and doors open at 7:00pm. If the scanner isn't back we'll have to do manual name checks against a printed list, which we can't even export because the dashboard won't load.

Can someone tell me whether this is on your side, and an ETA? I'm on my mobile all afternoon: 07723 418 905.

Sofia Brandt
Operations, Lantern Hall""",
L("emergency", "system_outage", "urgent", "Sofia Brandt", "07723418905", "LHE-2203", "", "explanation"),
date="2024-11-29 16:05")

M("en", "a", "7", "Ben Adeyemi <ben.adeyemi@gmail.com>", "Missing box + invoice",
"""Hi,

Two small things from our move on Thursday (job no. 2024-MOV-08817):

1) Box 23 of 41 ("KITCHEN - knives/good pans") never made it into the new place. The inventory sheet your foreman had me sign shows it as loaded. Could you check the truck / depot?

2) The invoice you emailed has our old address on it, which my employer's relocation team will reject. Could you reissue it?

Oh, and probably unrelated, but since your guys pulled the stove out to get the fridge through, there's been a gas smell in the kitchen - faint, comes and goes. My wife thinks it's just new-house smell. We've been keeping the window cracked.

Thanks,
Ben""",
L("emergency", "safety", "urgent", "Ben Adeyemi", None, None, "2024-MOV-08817", ""),
date="2024-08-17 10:31")

M("en", "l1", "q", "Carla Jiménez <carla.jimenez@brightpath-logistics.com>", "Automatic reply: Your subscription renewal",
"""Thank you for your email. I am out of the office from 23 December to 3 January with limited access to email.

For urgent matters, please contact my colleague Tom Walsh at tom.walsh@brightpath-logistics.com or call our front desk on 020 7946 0321.

Carla Jiménez
Procurement Manager, BrightPath Logistics""",
L("other", None, "low", "Carla Jiménez", None, None, "", ""),
date="2024-12-23 09:00")

M("en", "u", "8", "Rachel Whitfield <rachel.whitfield@gmail.com>", "Re: Replacement harness strap - case closed?",
"""Hi Joanne,

Yes, you can close it! The new harness strap arrived this morning and my husband fitted it in ten minutes using the video you sent. Fits perfectly, no more twisting.

I'll admit I was pretty furious back in August when the first strap frayed after three weeks and I got bounced between three departments, so I wanted to say it properly: you turned it around, and the follow-up calls were genuinely appreciated. Our little one is happily kicking the back of my seat again.

Thanks again,
Rachel

> On 2 Oct 2024, at 10:15, Joanne Price <joanne.price@snugride.com> wrote:
>
> Hi Rachel, just checking the replacement for order SR-60418 has arrived.
> Once you confirm, I'll close your complaint case. Direct line: 0330 555 0198.""",
L("other", "thanks", "low", "Rachel Whitfield", None, None, "", ""),
date="2024-10-04 12:40")
