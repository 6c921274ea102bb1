# fresh5 slice o: hard cases in zh-Hans / zh-Hant / en, written by hand.

# ---------------------------------------------------------------- zh-Hans (20)

M("zh-Hans", "gbk", "b", "林晓雯 <linxiaowen_0412@163.com>", "关于一笔扣费（不是投诉）",
"""您好，

先说明一下，我不是来投诉的，也没有要退款的意思，就是想弄明白一件事。

我的会员编号是 C20240318077，用的是你们“易付通”App。今天早上 7:42 收到一条扣款短信，说我尾号 6621 的银行卡被扣了 29.90 元，备注是“易付通Plus 连续包月”。我印象里当时开通的是“首月 1 元体验”，页面上写的是到期前会提醒，可是我没收到任何提醒（也可能是我自己没注意，推送我关掉了）。

App 里“我的-订单”能看到这一笔，订单号是 YF2405180033721。

想问两点：
1. 这个连续包月是从哪天开始算的？首月体验是不是已经结束了？
2. 如果以后不想续了，在哪里关？我找了半天，“管理自动续费”那一栏是灰色的点不动。

不着急，有空回邮件就行。白天上班不方便接电话，实在要打的话晚上 8 点以后打 +86 139 1752 0846。

谢谢！
林晓雯""",
L("inquiry", "billing", "normal", "林晓雯", "13917520846", "C20240318077", "YF2405180033721", "explanation"),
date="2024-05-18 09:15")

M("zh-Hans", "u", "8", "zhangpeng.home@126.com", "Re: 【投诉受理通知】工单号 TS20240921-0458",
"""你好，我不是要投诉，上次电话里那个小姑娘可能理解错了，给我登记成投诉了，没关系，不用走投诉流程。

我就是想问问我那套沙发到底什么时候能发货。订单号 JJ-2024-0917-0032，三人位+贵妃位，浅灰色科技布。下单的时候页面写的是“预计 15 个工作日发货”，今天算下来刚好第 15 个工作日，后台状态还是“生产中”。

我们家 10 月 8 号之后要出差两周，家里没人收货，所以想确认一下：
- 能不能在 10 月 6 号之前送到？
- 如果赶不上，能不能干脆等我回来，10 月 23 号以后再送？

麻烦给个准信儿，谢谢。

张鹏
手机 186-0217-5539

在 2024-09-23 14:05:12，"悦居家具客服" <service@yueju-home.example.com> 写道：
> 尊敬的客户您好：
> 您的投诉已受理，工单号 TS20240921-0458，我们将在 24 小时内与您联系。
> 如对处理结果不满意，可拨打投诉专线 400-668-2170，或联系专属客服小吴 0755-2361 8845。
> 悦居家具客户服务中心""",
L("inquiry", "order_status", "normal", "张鹏", "18602175539", None, "JJ-2024-0917-0032", ""),
date="2024-09-25 10:20")

M("zh-Hans", "g18", "q", "陆雨晴 <luyuqing88@qq.com>", "恒温壶夜灯怎么关",
"""你好，买了你们家的恒温调奶器（型号 BM-M3，白色那款），挺好用的，就是晚上那个夜灯太亮了，宝宝一看到光就醒。

说明书第 6 页写“长按温度键 3 秒切换夜灯”，我按了好多次只是温度在变，灯没反应。是要先断电再按吗？还是我这批的固件不一样？有没有办法彻底关掉夜灯，或者调暗一点也行。

另外顺便问一下，除垢多久做一次比较好？我们这边水比较硬，壶底已经有一圈白白的了。

谢谢啦
陆雨晴""",
L("inquiry", "how_to", "low", "陆雨晴", None, None, "", ""),
date="2025-03-02 22:41")

M("zh-Hans", "u", "b", "吴凯 <wukai_sz@foxmail.com>", "燃气泄漏保护是怎么回事",
"""客服你好，

标题别吓到你们哈，不是我家燃气泄漏，新房还没通气呢。我在看你们那款 JZT-Q52 嵌入式燃气灶，详情页写了“熄火保护+泄漏保护”，想问清楚几件事再下单：

1. 我们小区是天然气，但老家父母那边用的是液化气罐，这款能不能换喷嘴改成液化气用？换的话是你们上门改还是要自己买配件？
2. 开孔尺寸是多少？我们橱柜台面原来的孔是 650×350 的，不知道能不能直接装。
3. 熄火保护从火灭到自动断气大概要几秒？家里有老人，怕汤溢出来浇灭火。

方便的话打我办公室电话 0755-86203317 转 8012，工作日白天都在。

吴凯""",
L("inquiry", "product_info", "low", "吴凯", "075586203317", None, "", ""),
date="2024-11-12 14:03")

M("zh-Hans", "u", "8", "周女士 <zhou.lin.yoga@163.com>", "咨询一下私教课的问题",
"""你好，

本来只是想问问剩下的私教课能不能转给别的教练，结果越写越气，还是说清楚吧。

我是你们滨江店的会员，会员号 C20231105062，去年 11 月买了 30 节私教，现在还剩 12 节。带我的是 K 教练。上周六上课的时候，他当着旁边好几个人的面说“你这个体重，练了半年跟没练一样，是不是回家天天吃夜宵”，我当时就很尴尬。后面一节课基本都在推销他的“燃脂营”，我说暂时不考虑，他就开始爱答不理，动作也不纠正了，自己在旁边看手机。

下课我去前台说了一下，前台两个小姑娘对视一眼笑了，说“K 教练就是比较直”。这叫直吗？

我希望：
1. 店里给我一个正式的道歉，不是一句“不好意思”敷衍；
2. 给我一个说法，这种教练你们平时怎么管的；
3. 剩下的 12 节换一个女教练。

K 教练之前让我加他微信，说微信号就是他手机号 135 2011 7788，我已经删了，不想再跟他直接沟通。

我的电话 158 0012 6634。

周女士""",
L("complaint", "service_attitude", "normal", "周女士", "15800126634", "C20231105062", "", "apology explanation"),
date="2024-07-15 21:37")

M("zh-Hans", "gbk", "8", "黄志强 <hzq_trade@qq.com>", "第三次了！！！",
"""这是我第三次发邮件了，前两次都石沉大海。

货是 9 月 2 号下的单，订单号 WL0902-558172，走的你们的“次日达”，多付了 38 块加急费，到今天 9 月 11 号还在“中转中”。运单号 SF1402233456789 我天天查，显示在东莞转运中心躺了 6 天一动不动。

打你们 95338 热线，排了 40 分钟，接的人就一句“帮您催一下”，催了三次了，一点用都没有。

我把话放这里：明天中午 12 点前再没有一个明确答复，我就直接打 12315，同时把这些记录截图发微博、发黑猫投诉曝光。加急费必须退，耽误我给客户交样品的损失你们也要给个说法。

黄志强
13728819046

------------------ 原始邮件 ------------------
发件人: "黄志强"<hzq_trade@qq.com>;
发送时间: 2024年9月7日(星期六) 晚上9:12
收件人: "客服"<kefu@suda-express.example.cn>;
主题: 催件

你好，订单 WL0902-558172 次日达到现在还没到，麻烦查一下，里面是给客户的样品，比较急。另外我还有一单 WL0903-100246 也一样没动。""",
L("complaint", "delivery_delay", "urgent", "黄志强", "13728819046", None, "WL0902-558172 WL0903-100246", "refund compensation explanation"),
date="2024-09-11 08:06")

M("zh-Hans", "u", "q", "刘敏 <liumin.work@outlook.com>", "还款手续费怎么回事",
"""你们好，

你们 App 首页和信用卡还款页面都明明白白写着“信用卡还款 0 手续费”，结果我 6 月 3 号在 App 里还了 8000，被扣了 8 块钱“服务费”。短信原文是：

【惠通银行】您尾号4471的信用卡于06月03日还款8000.00元，收取服务费8.00元，详询95177。

我打了 95177，客服说是“超过当月免费额度”。这个额度写在哪儿了？我翻遍了 App 的说明页和协议都没找到。钱不多，但这种先写“免费”、事后再说“超额度”的做法就是变相乱收费，我很不满意。

要求：把这 8 块退给我，另外书面解释一下免费额度到底是多少、在哪里公示的。

刘敏
手机 13805712290""",
L("complaint", "billing", "normal", "刘敏", "13805712290", None, "", "refund explanation"),
date="2024-06-05 12:48")

M("zh-Hans", "u", "8", "果果爸爸 <guoguo_dad2021@sina.com>", "关于618买的那台推车",
"""你好。

先交代一下背景，可能有点啰嗦，见谅。我们家果果今年两岁半，之前一直用的是亲戚送的一台二手推车，很重，上楼梯很费劲。今年 618 的时候我和我爱人对比了好几家，看了不少测评视频，最后选了你们家的“轻旅 S7”，主要是冲着“一键收车、可登机、铝合金车架”这几点去的，价格也不便宜，用了券还 1899。订单编号 2406180219934471。

刚到货的时候确实挺满意的，收车很顺，小区里遛弯也轻松。7 月初我们带孩子去青岛玩了五天，推车算是第一次“出远门”，也就是正常推，在海边木栈道和老城区的石板路上走了走，没磕没碰，也没有超重（孩子 13 公斤，车筐里就放了水杯和纸尿裤）。

问题是：用了不到三周，遮阳篷左侧的塑料连接卡扣就裂了，篷子一边耷拉下来，车筐底部的缝线也开了一大截，东西会从下面漏出去，收车的时候还要用力掰好几下才能锁上。我拍了照片和视频，可以发给你们。

我想问的是：一台宣传“出行无忧”的推车，正常用三周就这样，你们的质检到底是怎么做的？是不是这一批有问题？我在你们旗舰店评论区也看到好几个人说卡扣裂了。

回来之后孩子还是要用车，我们现在只能用胶带先缠上。我的要求很简单：给我换一台新的（不要返修机），同时给个说法。

有事可以打我电话 177-0101-3358，下午之后方便。

冯建（果果爸爸）""",
L("complaint", "product_quality", "normal", "冯建", "17701013358", None, "2406180219934471", "exchange explanation"),
date="2024-07-21 13:29")

M("zh-Hans", "u", "b", "孙悦 <sunyue_1990@163.com>", "投诉！书柜颜色完全不对",
"""标题写“投诉”是气头上写的，我也不想跟你们掰扯谁对谁错了，直接退货吧。

8 月 12 号买的胡桃木色三门书柜，订单号 MJ240812-77A。今天到货拆开，颜色比详情页照片深了不止一个色号，跟我家地板、床头柜完全不搭，放在房间里像一块黑板。柜子本身没有坏，装都还没装，板材和五金都原样放在纸箱里。

请告诉我：
1. 什么时候能安排上门取件？我这周工作日晚上和周末都在家；
2. 退货运费谁出？你们页面写“七天无理由”，我还在七天内；
3. 钱是退回原支付宝吧？大概几天到账？

电话 0086 150 2388 4417。

孙悦""",
L("after_sales", "return", "normal", "孙悦", "15023884417", None, "MJ240812-77A", "return refund"),
date="2024-08-16 19:52")

M("zh-Hans", "gbk", "8", "川味小馆 <chuanweixiaoguan@163.com>", "商用电磁炉不加热 急！！",
"""你好，我们是成都武侯区的“川味小馆”，商户号 C20230609118，去年 6 月在你们这里买了两台 8KW 商用电磁大炒炉。

今天上午 10 点多，其中一台突然不加热了，面板灯亮、风扇在转，显示 E7，断电重启了好几次都一样。先说清楚：没有冒烟、没有焦味、也没有跳闸，就是不加热。

问题是后厨就这两台炉子，中午是硬撑过来的，晚上 5 点开市，今天周五还订了 6 桌，一台炉子根本出不过来菜。麻烦今天下午 3 点前务必安排师傅上门，该多少费用我们认，先修好再说。

设备铭牌上的序列号是 SC8K-2306-00417，当时的购买订单号 DD20230609552。

联系人：邓国华（老板）
电话：133 0802 7719（随时打，店里座机高峰期没人接）
地址：成都市武侯区玉林南路 38 号附 6 号""",
L("after_sales", "repair", "urgent", "邓国华", "13308027719", "C20230609118", "DD20230609552", "repair"),
date="2024-10-18 11:12")

M("zh-Hans", "u", "q", "王海涛 <wanght@cn-minghe.example.com>", "转发: 油烟机安装的事",
"""你好，下面是我爱人转给我的，她跟你们的安装师傅沟通了两次都没约成，我直接发邮件问一下。

我们 8 月 20 号买的吸油烟机+燃气灶套装，订单号 8823071650，说好会有师傅联系上门安装。师傅（姓何，电话 13609871234）第一次约了周六上午，结果没来；第二次改到周二下午，来了又说配件没带齐，走了。

麻烦帮忙重新安排一下安装，这周六（8 月 31 号）全天都可以，家里有人。能不能换一位师傅？另外何师傅说要另收 80 块“打孔费”，这个是不是本来就包含在免费安装里的？

王海涛
139 2605 8871

-------- 转发的邮件 --------
发件人: 李娟 <lijuan_0303@qq.com>
发送时间: 2024年8月27日 21:40
收件人: 王海涛 <wanght@cn-minghe.example.com>
主题: 油烟机安装的事

老公，那个何师傅又没来，说配件不齐，你跟他们客服说一下吧，订单号 8823071650，我是真不想再请假了。""",
L("after_sales", "installation", "normal", "王海涛", "13926058871", None, "8823071650", "explanation"),
date="2024-08-28 09:03")

M("zh-Hans", "u", "8", "陈静 <chenjing@xinrui-design.example.cn>", "Re: 【重要安全通知】请尽快激活您的许可证",
"""你好，

上周我们工作室买了 3 套“绘影 Pro 2024 年度版”，结果买错了——我们要的是可以多人共享的团队版（浮动授权），个人版是一台电脑绑定一个，根本没法给兼职同事轮着用。

三个序列号都还没激活（你们这封“重要安全通知”催了我两次，我一直没点），所以麻烦直接把这三套退掉，钱退回对公账户就行，我们再重新下团队版的单。

订单号：SW-ZH-0093381
客户编号：C20240122305

说实话，下单页面两个版本长得一模一样，价格也只差一点，很容易买错。退款流程如果要填什么表，请直接发给我。

陈静 | 新锐设计工作室 行政
电话 021-6433 9125

> -----原始邮件-----
> 发件人: "绘影软件" <noreply@huiying-soft.example.com>
> 发送时间: 2024年3月12日 09:00
> 主题: 【重要安全通知】请尽快激活您的许可证
> 尊敬的用户：为保障您的账户安全，请在 7 日内完成许可证激活，否则可能存在被盗用风险。如有疑问请致电 400-920-5566。""",
L("after_sales", "refund", "normal", "陈静", "02164339125", "C20240122305", "SW-ZH-0093381", "refund"),
date="2024-03-14 15:26")

M("zh-Hans", "u", "8", "老马 <mawei_77@139.com>", "你们这个转账功能真的太难用了",
"""吐槽一下，不是针对谁。

每个月给我妈转生活费、给房东转房租，都得重新输一遍卡号、再选一遍开户行，十九位的卡号我每次都要翻相册找照片抄。别家 App 早就有“常用收款人”了，你们能不能也加一个？

还有几个小想法：
1. 转账成功页加个“再转一笔”按钮；
2. 支持定期转账，比如每月 5 号自动转房租；
3. 出个大字模式，我妈用起来眼睛吃力。

没什么急事，就是用着别扭，希望下个版本能看到。

马伟""",
L("suggestion", "feature_request", "low", "马伟", None, None, "", ""),
date="2025-02-09 20:15")

M("zh-Hans", "u", "b", "小叶 <yexiaoqing_fit@163.com>", "关于淋浴间和早场的一点想法",
"""<html><head><meta charset="utf-8"></head><body>
<div>你好，</div>
<p>先说明：这<b>不是投诉</b>，前台的小姐姐和教练们人都很好，我在你们南山店练了快一年了，挺喜欢这里的氛围。</p>
<p>就是有几个小地方，提出来给你们参考：</p>
<ol>
<li>早上 6:30 开门，但淋浴间的热水要 7 点以后才热，早场练完冲凉只能冲冷水。能不能把热水提前半小时开？</li>
<li>储物柜的电子密码锁经常没电，一周能碰到两三个打不开的，可以考虑定期换电池，或者门口贴个“电量低”的提示。</li>
<li>团课现在只能提前 24 小时预约，热门的单车课一放出来就满了，建议改成提前 3 天，并且加个候补功能。</li>
</ol>
<p>谢谢你们听我啰嗦 &#128578;</p>
<p>叶晓晴<br>会员号 C20240305219</p>
</body></html>""",
L("suggestion", "feedback", "low", "叶晓晴", None, "C20240305219", "", ""),
html=True, date="2025-04-22 07:48")

M("zh-Hans", "g18", "8", "tangmeifang@139.com", "小问题请教",
"""你好，小事一件，不知道要不要紧：

用你们家电饭煲（IH 那款，去年双十一买的）煮饭的时候，插座有点发黑，还有一股焦味，插头拔下来的时候烫手。我先把电拔了，现在没再用。

是插座的问题还是锅的问题？还能不能接着用？

唐美芳 15977302618""",
L("emergency", "safety", "urgent", "唐美芳", "15977302618", None, "", "explanation"),
date="2024-12-03 18:34")

M("zh-Hans", "u", "8", "郑宇航 <zyh_19930821@163.com>", "Re: 感谢您的反馈",
"""你好！！刚才（晚上 11:52）收到你们 App 推送说“您的账号在新设备登录（广东 深圳）”，可是我人在沈阳，手机就在我手上，我根本没在别的设备上登录过。

紧接着又收到一条验证码短信，说是正在修改支付密码，我没点，也没把验证码告诉任何人。

现在我自己反而登不进去了，提示“密码错误”。账户里绑着我的工资卡，余额还有两万多，请马上帮我冻结账户！！！

我的手机号 152 4019 3370，账户绑定的就是这个号，随时打给我。

郑宇航

在 2025-01-06 16:20:33，"钱包客服" <cs@qianbao-pay.example.cn> 写道：
> 感谢您的反馈，您提出的关于账单分类的建议我们已转交产品团队。
> 如有其他问题，欢迎拨打客服热线 95017。""",
L("emergency", "account_security", "urgent", "郑宇航", "15240193370", None, "", "callback"),
date="2025-01-06 23:58")

M("zh-Hans", "gbk", "b", "杭州栗子电商 仓库 <warehouse@lizi-ec.example.cn>", "咨询：电子面单接口",
"""速达快运 客户经理 / 技术支持：

我们是杭州栗子电商（商户号 C20220714033），用的是你们的“速达云打单”系统对接店铺。

从今天早上 8:40 开始，系统获取电子面单一直报错“网关超时 504”，换了三台电脑、两个网络都一样，手动在网页后台下单也是一直转圈。我们仓库现在 600 多单打不出面单，12 个打包员全停着，下午 4 点是你们揽收车的最后截单时间。

不是我们这边的网络问题：同一个网络下别家快递的系统都正常。

请技术马上处理，有进展随时打我电话：仓库主管 蒋涛 181 5712 0938。上次对接的技术小郑（0571-8799 2210）一直占线。

蒋涛
杭州栗子电商 仓储部""",
L("emergency", "system_outage", "urgent", "蒋涛", "18157120938", "C20220714033", "", "callback"),
date="2024-11-11 09:27")

M("zh-Hans", "u", "q", "何佳怡 <hejiayi_mom@163.com>", "退货申请",
"""你好，我想申请退货，婴儿床，订单号 BB-2411-30876。

本来只是觉得床栏有点晃，想退掉算了，但今天下午出事了：宝宝（10 个月）扶着床栏站起来的时候，侧面一根横栏突然脱出来，她的小腿卡进了缝里，我把她抱出来的时候小腿上刮了一道口子，流了血，还肿了一块。刚从社区医院处理完回来，医生说没伤到骨头。

我看了一下，螺丝没有松，是横栏的木榫直接裂开了。这款床你们店里还在卖，别的家长的孩子怎么办？请你们马上核查这一批货，同时告诉我接下来怎么处理，退货退款是肯定的。

何佳怡
电话 １３６ ２２８４ ５０１９""",
L("emergency", "safety", "urgent", "何佳怡", "13622845019", None, "BB-2411-30876", "return refund explanation"),
date="2024-12-19 17:40")

M("zh-Hans", "gbk", "q", "老钱 <qian_shuming@sohu.com>", "表扬一下你们的售后师傅",
"""你们好，

上个月买的实木餐桌（订单 20241103-6617），送货的时候桌角磕掉了一块漆，当时挺不高兴的，还在电话里跟客服发了一通火。

后来你们安排了一位姓罗的师傅上门补漆，师傅很细心，补完基本看不出来，还顺手帮我把椅子脚的毡垫都垫好了，一分钱没收。老伴说这事得写封信表扬一下。

事情已经圆满解决，不需要回复，也不用再打电话回访了。就是想说一声：谢谢！

钱树明""",
L("other", "thanks", "low", "钱树明", None, None, "20241103-6617", ""),
date="2024-12-08 10:05")

M("zh-Hans", "gb", "8", "许文博 <xuwenbo2002@126.com>", "应聘客服专员（许文博-应届生）",
"""尊敬的 HR 您好：

我叫许文博，2024 届市场营销专业本科毕业生，在招聘网站上看到贵公司招聘“在线客服专员（电商方向）”，特来应聘。

在校期间我在某银行信用卡中心实习了 4 个月，主要负责电话回访、投诉登记和紧急挂失的转接，熟悉工单系统的基本操作，打字速度 80 字/分钟，普通话二级甲等。可以接受轮班和节假日值班。

简历见附件，期待您的回复。

许文博
电话：187-3320-6145
邮箱：xuwenbo2002@126.com""",
L("other", None, "low", "许文博", "18733206145", None, "", ""),
date="2024-06-26 16:10")

# ---------------------------------------------------------------- zh-Hant (12)

M("zh-Hant", "b5", "8", "黃家明 <kaming.wong@netvigator.com>", "會籍暫停如何申請",
"""你好，

我是你們旺角分店的會員，會員編號 C20230817442。公司下個月派我去新加坡工作三個月（大約 11 月 4 日至明年 2 月初），想請問：

1. 會籍可不可以暫停？最長可以停多久？
2. 暫停期間月費是否照扣？要不要收手續費？
3. 我現在是年約，還有 7 個月，暫停之後合約是否自動順延？

唔該。如果要填表格，可以 email 給我，或者 WhatsApp 9123 4876。

黃家明""",
L("inquiry", "policy", "low", "黃家明", "91234876", "C20230817442", "", ""),
date="2024-10-09 12:30")

M("zh-Hant", "b5", "b", "林怡君 <yichun.lin@gmail.com>", "請問嬰兒床的配送進度",
"""您好：

我在 10/28 訂購了一張「樂萌」三合一成長型嬰兒床（訂單編號 TW24102800915），付款頁面寫 5 到 7 個工作天到貨。昨天收到簡訊說已經出貨，黑貓的託運單號是 9021-3384-5170，但是我在黑貓網站查詢一直顯示「查無資料」。

想請問：
1. 是單號還沒上傳，還是簡訊給錯號碼了？
2. 大型家具是不是由另外的物流配送？需要先預約時間嗎？

預產期還有三週，不算很急，只是想先確認一下。

謝謝！
林怡君
0912-385-607""",
L("inquiry", "logistics", "normal", "林怡君", "0912385607", None, "TW24102800915", ""),
date="2024-11-01 10:18")

M("zh-Hant", "u", "8", "陳建宏 <chen.jh1985@yahoo.com.tw>", "又寄錯了",
"""你們好，

我訂的是 5.5 公升「霧面黑」氣炸鍋（訂單 PC-2408-77120），第一次寄來的是 3.5 公升白色，上週已經照客服指示退回去換貨。

結果今天換貨的箱子打開——還是 3.5 公升白色，連外箱貼紙都寫 3.5L。

同樣的錯誤犯兩次，我請了兩次假在家等貨，真的很無言。這次請你們先確認倉庫裡到底有沒有 5.5 公升黑色，有的話直接寄正確的過來，錯的那台請物流來收；沒有的話就直接說，不要再讓我白等。也希望有人能為這件事道個歉。

陳建宏
手機：0935-227-184""",
L("complaint", "wrong_item", "normal", "陳建宏", "0935227184", None, "PC-2408-77120", "exchange apology"),
date="2024-08-30 20:44")

M("zh-Hant", "u", "q", "張太 <cheungfamily.hk@gmail.com>", "第三次投訴：送貨師傅態度惡劣及刮花牆身",
"""<html><body>
<p>客戶服務部：</p>
<p>本人已經係第三次就同一件事聯絡貴公司。10月19日貴公司送貨師傅送衣櫃（訂單號碼：HK-FUR-241015-0338）到我屋企，搬入房間時撞花走廊牆身兩大條。我指出之後，其中一位師傅竟然話「舊樓啲牆本身都殘啦」，仲喺度講粗口；另一位叫我簽咗單就走，衣櫃連門鉸都未調好，門關唔埋。</p>
<p>之後我打咗兩次客服熱線 2388&nbsp;6100，每次都話「會有同事跟進」，到今日已經兩個星期，冇人覆過我。</p>
<p>我要求：<br>
1. 貴公司書面道歉；<br>
2. 賠償油漆牆身費用（師傅報價 HK$2,800）；<br>
3. 派人上門重新調整衣櫃門鉸。</p>
<p>如果 11 月 8 日前仍然冇回覆，我會向消委會投訴，同時將相片同錄音交俾報館。</p>
<p>張太<br>
電話：6278 3591</p>
</body></html>""",
L("complaint", "service_attitude", "urgent", "張太", "62783591", None, "HK-FUR-241015-0338", "apology compensation repair"),
html=True, date="2024-11-02 22:15")

M("zh-Hant", "u", "b", "王淑芬 <shufen.wang77@hotmail.com>", "奶瓶刻度脫落的問題",
"""您好，

上個月在官網買了三支 240ml 的玻璃奶瓶（訂單 #A0091827364），產品頁標榜「耐高溫、可煮沸、刻度永不脫落」。

結果用消毒鍋蒸了大概十次，三支的刻度印刷都開始一片一片剝落，有些碎屑還黏在瓶身內側。先說明，寶寶目前沒有任何不舒服，也沒有誤食，所以不是什麼緊急狀況，但我真的很不放心。

這個品質跟宣傳差太多了，說不過去。我想知道：
1. 刻度用的是什麼油墨？有沒有檢驗報告？
2. 是不是這一批有問題？

這三支我已經不敢再用，請退款。

王淑芬
(02) 2712-3388 分機 15""",
L("complaint", "product_quality", "normal", "王淑芬", "0227123388", None, "A0091827364", "explanation refund"),
date="2025-05-06 14:22")

M("zh-Hant", "b5", "8", "李國華 <kuohua.lee@msa.hinet.net>", "洗碗機保固維修",
"""您好：

家中的「淨潔」嵌入式洗碗機（型號 DW-6012，去年 12 月安裝）最近三天每次洗到一半就停止，面板顯示 E4，排水也排不乾淨，底部有積水。

保固卡上寫一年保固，應該還在期限內（保固卡號 WC-1223-5871，發票日期 2023/12/09）。打了 0800-021-668 客服專線，語音一直轉不到真人，所以寫信來。

請安排技師到府檢修，平日晚上 7 點以後或週六都可以。地址：新北市板橋區文化路一段 188 號 5 樓。

李國華
(02)2960-4471""",
L("after_sales", "warranty", "normal", "李國華", "0229604471", None, "", "repair"),
date="2024-09-10 21:05")

M("zh-Hant", "b5", "q", "Vivian Lau <vivianlau.hk@yahoo.com.hk>", "安全座椅想換款",
"""Hi，

上星期六在銅鑼灣門市買了一張 ISOFIX 嬰兒汽車安全座椅（單號 CWB-0316-2291），當時店員一直說「所有車都裝得到」，結果我那部 Honda Jazz 後座根本裝不進去，支撐腳頂住座位底，扣不實。

我不想再浪費時間，只想換成你們那款「360 旋轉版」，差價我補。座椅只試裝過一次，所有包裝和說明書都在。

請告訴我可以直接拿回門市換，還是要先在網上申請？這星期六我只有上午有空。

Vivian
9655 0172""",
L("after_sales", "exchange", "normal", "Vivian Lau", "96550172", None, "CWB-0316-2291", "exchange"),
date="2025-03-18 13:47")

M("zh-Hant", "u", "8", "ted.huang.tw@gmail.com", "建議",
"""App 可以加深色模式嗎？晚上打開真的很刺眼。
還有小額轉帳（例如 3000 元以下）可以只用 Face ID 確認就好嗎，每次都要密碼加 OTP 很麻煩。

黃聖文""",
L("suggestion", "feature_request", "low", "黃聖文", None, None, "", ""),
date="2025-06-11 23:09")

M("zh-Hant", "u", "8", "陳生 <chanwaikeung@hotmail.com>", "焗爐問題",
"""你好，唔係咩大事，不過想問下：

我上個月喺你哋度買嘅嵌入式焗爐（單號 OV-8830145），今晚焗緊雞翼嘅時候，後面左下角「啪」一聲閃咗幾下火花，之後有陣燶味，跟住跳咗掣。我已經熄咗總掣，冇再用。

係咪要換？幾時可以派人嚟睇下？

陳生
9388 2017""",
L("emergency", "safety", "urgent", "陳生", "93882017", None, "OV-8830145", "repair"),
date="2025-01-24 20:31")

M("zh-Hant", "u", "b", "安心牙醫診所 <anxin.dental@gmail.com>", "Re: 您的授權即將到期提醒",
"""您好，

我們是台中市安心牙醫診所（客戶編號 C20210305017），使用貴公司「醫聯雲」掛號批價系統。

今天早上 8:30 開診前，櫃檯三台電腦開啟系統都顯示「授權伺服器無法連線（錯誤碼 LIC-503）」，完全無法登入。我們的授權上個月已經續約付款了（續約單號 RN-2025-02-1187），下面這封提醒信應該是舊的。

現在候診區已經有十幾位病人，只能手寫掛號，健保卡也沒辦法過卡。麻煩請工程師立即處理，並直接打診所電話 04-2358-6627 轉 12 找我。

蔡雅婷
安心牙醫診所 行政主任

> 親愛的客戶您好：
> 您的「醫聯雲」授權將於 2025/02/28 到期，請儘速續約以免影響使用。
> 技術支援專線：0800-555-019""",
L("emergency", "system_outage", "urgent", "蔡雅婷", "0423586627", "C20210305017", "RN-2025-02-1187", "callback"),
date="2025-03-03 08:52")

M("zh-Hant", "u", "q", "吳佩珊 <peishan.wu@greentea-trading.example.com.tw>", "自動回覆：您的訂單已出貨通知",
"""您好，

我將於 2024/07/15 至 2024/07/19 休假，期間無法即時回覆郵件。
如有訂單或採購相關急事，請聯絡同事周先生 (02)2545-1180 分機 203。

謝謝。

吳佩珊
綠茶貿易有限公司 採購部""",
L("other", None, "low", "吳佩珊", None, None, "", ""),
date="2024-07-15 09:00")

M("zh-Hant", "b5", "b", "何嘉欣 <karenho.fit@gmail.com>", "Re: 有關閣下的投訴 (個案編號 PF-240603-77)",
"""Hi 客服，

上個月我投訴過更衣室儲物櫃被撬的事，當時真的很生氣。後來分店經理親自打電話給我，換了新鎖，也陪我去報警跟進，這兩個多星期都沒有再發生。

另外想特別多謝私人教練 Jason，我膝蓋手術後他很有耐性地幫我重新安排訓練，現在已經可以正常慢跑了。

不用回覆，只是想說聲多謝。

Karen 何嘉欣（會員 C20220911380）

-----Original Message-----
From: 客戶服務部 <care@powerfit.example.hk>
Sent: Monday, 3 June 2024 11:02
Subject: 有關閣下的投訴 (個案編號 PF-240603-77)

何小姐您好：
就閣下投訴的儲物櫃事件，我們深表歉意，分店經理會於 24 小時內致電 9XXX 3321 與閣下聯絡。如有查詢，請致電 2811 0099。""",
L("other", "thanks", "low", "何嘉欣", None, "C20220911380", "", ""),
date="2024-06-24 19:16")

# ---------------------------------------------------------------- en (18)

M("en", "a", "7", "Priya Raman <priya.raman.84@gmail.com>", "Question about a 4.99 charge (not a complaint)",
"""Hi,

Not a complaint, just trying to understand something on my statement.

On 12 March I paid a UK online shop GBP 62.00 through the PayNest app, and next to it there is a separate line "FX service fee 4.99". My customer ID is C20231104556.

Two questions:
1. Is the FX fee a percentage of the amount, or a flat fee per foreign transaction? 4.99 doesn't look like any percentage I can work out.
2. Where in the app can I see the current fee schedule? I looked under Settings > Fees and only found the domestic transfer limits.

I'm not disputing it, I'd just like to know how it's calculated before I make a bigger payment next month.

Thanks,
Priya Raman
mobile: +86 135 6410 2283""",
L("inquiry", "billing", "normal", "Priya Raman", "13564102283", "C20231104556", "", "explanation"),
date="2025-03-14 11:02")

M("en", "a", "7", "d.okafor@protonmail.com", "order FN-88213-B",
"""Hi - order #FN-88213-B (oak bed frame, king) has said "processing" for 9 days now. Any ETA? Thanks, Daniel""",
L("inquiry", "order_status", "normal", "Daniel", None, None, "FN-88213-B", ""),
date="2024-10-30 07:55")

M("en", "l1", "q", "Tomás Herrera <tomas.herrera@outlook.com>", "Re: URGENT SECURITY NOTICE: verify your licence",
"""Hi,

Replying to this thread because it's the only email I have from you - sorry. Nothing urgent and nothing wrong with the account, I just have a question.

I'm moving my DraftPoint CAD Suite licence from my old ThinkPad to a new Dell laptop. How do I deactivate it on the old machine? The problem is the old one's SSD is dying and it might not boot again. If I can't get into it, can the seat be released from the web portal, or do I have to contact you each time?

Also, does the licence allow installing on a second machine (desktop at home) as long as I don't use both at once?

Gracias,
Tomás

On Tue, 14 May 2024 at 09:12, DraftPoint Licensing <licensing@draftpoint.example.com> wrote:
> URGENT SECURITY NOTICE
> We detected that your licence was activated on a new device. If this was not you,
> please reset your password immediately or call our security desk on +1 800 555 0199.
> DraftPoint Licensing Team""",
L("inquiry", "how_to", "low", "Tomás Herrera", None, None, "", ""),
date="2024-05-20 21:36")

M("en", "u", "8", "Megan Lowe <megan.lowe@fastmail.com>", "A suggestion for your support team",
"""Here's a suggestion: train your phone agents not to hang up on customers mid-sentence.

I called yesterday around 6:15pm to ask how to freeze my membership while I recover from ankle surgery (member ID C20221208091). The agent - he said his name was Rick, extension 4412 - sighed at me twice, told me to "read the terms yourself, it's all on the website", and when I said I had read them and the page just says "contact us", he said "then you've contacted us" and hung up.

I've been a member at your Jing'an club for two years and have never had an issue with the trainers or the front desk. This was genuinely the rudest customer service call I've had in years.

I'd like an apology, and an explanation of how this is going to be handled with the agent. And, separately, someone who will actually tell me how the freeze works.

Megan Lowe""",
L("complaint", "service_attitude", "normal", "Megan Lowe", None, "C20221208091", "", "apology explanation"),
date="2024-04-10 09:40")

M("en", "u", "8", "Graham Whitfield <g.whitfield@whitfield-imports.example.co.uk>", "RE: Shipment update - LG-2024-55021",
"""Kevin / whoever is reading this,

This is the fourth time I've written about the same consignment. Order ref LG-2024-55021, 6 pallets of rattan garden furniture, collected from our supplier in Foshan on 2 September. Your own tracking (AWB 176-44829013) has shown "Awaiting departure - Shenzhen hub" for 22 days.

Every reply I get is a variation of the one below: "escalated", "expected to move shortly". Nothing moves. Meanwhile we've missed the delivery slot for our biggest retail customer and we are being charged storage by the receiving warehouse in Felixstowe every single day.

I want, in writing, by Friday:
1. a confirmed departure date and flight/vessel;
2. an explanation of why it has been sitting there for three weeks;
3. your proposal for covering the storage charges and the penalty our customer is applying.

If I don't have that by Friday I'll be handing the file to our solicitors and I'll stop being polite about your company in the trade press.

Graham Whitfield
Managing Director, Whitfield Imports Ltd
Shenzhen office: 0755-2690 4418

-----Original Message-----
From: Kevin Zhao <kevin.zhao@hanlin-freight.example.cn>
Sent: Tuesday, September 17, 2024 4:51 PM
To: Graham Whitfield
Subject: RE: Shipment update - LG-2024-55021

Dear Graham,
Thank you for your patience. Your complaint has been escalated to our operations team and the shipment is expected to move shortly.
Best regards,
Kevin Zhao | Account Manager | M: +86 139 2211 5078""",
L("complaint", "delivery_delay", "urgent", "Graham Whitfield", "075526904418", None, "LG-2024-55021", "compensation explanation"),
date="2024-09-24 18:20")

M("en", "u", "b", "Ahmed Rahimi <a.rahimi1990@yahoo.com>", "mixer broken after 3 week, very disappointing",
"""Hello,

I buy your KM-900 stand mixer 3 weeks ago (order 4410-2290-7731). When I make bread dough today, the bowl stop turning and the machine make very loud grinding noise, like metal on metal. To be clear: no smoke, nothing burning, no one hurt, I switch off immediately and unplug.

I read online many people have same problem, the gear inside is plastic and it strip when dough is heavy. Your advertisement say "professional kneading for heavy dough". For 2,899 yuan I expect this machine can make one loaf of bread without break. This is not the quality of premium brand, honestly I am very disappointed.

I want to know why this happen, and I want my money back. Not repair please, because same plastic gear will break again.

Ahmed Rahimi
my phone 0086-186 2177 4093""",
L("complaint", "product_quality", "normal", "Ahmed Rahimi", "18621774093", None, "4410-2290-7731", "refund explanation"),
date="2025-02-16 16:44")

M("en", "a", "7", "Golden Crust Bakery <orders@goldencrust-bakery.example.com>", "Deck oven down - production stopped",
"""Hello,

Our 3-deck electric oven (model DO-3T, serial DO3T-2303-0881), bought from you in March 2023, died at 4am this morning. Customer ID C20230315208.

No smoke, no burning smell, the breaker didn't trip - the control panel is just blank and nothing heats. We've checked the supply, the other equipment on the same circuit works fine.

That oven is our whole production line. We have 300 mooncake boxes for a hotel order due at 2pm tomorrow and we can't bake a single tray. We need a technician TODAY, we'll pay whatever the call-out fee is.

Please call me as soon as you read this: 139-1024-6673 (mobile).

Linda Zhou
Owner, Golden Crust Bakery""",
L("after_sales", "repair", "urgent", "Linda Zhou", "13910246673", "C20230315208", "", "repair callback"),
date="2024-09-12 06:18")

M("en", "u", "q", "Jess Carter <jess.carter.uk@gmail.com>", "Return",
"""I'm not going to write you an essay about how disappointed I am.

Your double electric breast pump (order BP/24/009137) is loud enough to wake the baby in the next room and the suction on the "strong" setting is weaker than the cheap manual one my sister lent me. I've tried both flange sizes.

Please just send me a return label and refund it to the card I paid with. It's been 11 days, so it's within your 30-day window. All the accessories and the box are here.

Jess""",
L("after_sales", "return", "normal", "Jess Carter", None, None, "BP/24/009137", "return refund"),
date="2024-07-03 03:12")

M("en", "u", "8", "Oliver Brandt <oliver.brandt@nordwind-logistics.example.de>", "Fwd: duplicate licence purchase?",
"""Hello,

See below from our accounts team. It looks like two of our IT staff bought the same subscription on the same day. We only need one - please refund order 7730019845 (the second one). Neither licence key has been activated.

Our customer ID is C20190627014.

Regards,
Oliver Brandt
IT Manager, Nordwind Logistics (Shanghai)
Tel. 021-6032 7781

---------- Forwarded message ---------
From: Sabine Krüger <s.krueger@nordwind-logistics.example.de>
Date: Wed, 19 Feb 2025 at 10:14
Subject: duplicate licence purchase?
To: Oliver Brandt <oliver.brandt@nordwind-logistics.example.de>

Oliver, we've got two invoices from DataForge for "Fleet Analytics Pro - 1 yr" dated 17 Feb, orders 7730019812 and 7730019845, both EUR 1,490. Do we really need both? If not, please ask them to refund one. They can reach me on 021-6032 7790 if they need billing details.
Sabine""",
L("after_sales", "refund", "normal", "Oliver Brandt", "02160327781", "C20190627014", "7730019845 7730019812", "refund"),
date="2025-02-19 14:37")

M("en", "u", "b", "Hannah Kim <hannah.kim@icloud.com>", "Assembly appointment - 3-door wardrobe",
"""<html><body>
<div>Hi there,</div>
<div><br></div>
<div>We received the 3-door wardrobe yesterday (order no. <b>W-0613-4471-HK</b>). The product page said assembly is included and that &quot;our team will call you within 48 hours to book&quot; &mdash; it&#39;s been 4 days since the order was dispatched and nobody has called.</div>
<div><br></div>
<div>The five boxes are currently blocking our hallway, so could you please book the assembly for this Saturday or Sunday? Any time slot is fine. The flat is on the 12th floor and there is a lift.</div>
<div><br></div>
<div>Please call me to confirm: 5930 8826.</div>
<div><br></div>
<div>Thanks,<br>Hannah Kim</div>
</body></html>""",
L("after_sales", "installation", "normal", "Hannah Kim", "59308826", None, "W-0613-4471-HK", "callback"),
html=True, date="2024-06-14 12:26")

M("en", "a", "7", "Sam Oduya <sam.oduya@gmail.com>", "Complaint (sort of)",
"""OK, "complaint" is too strong a word.

Every parcel you've delivered to me has arrived fine and on time, and the drivers are friendly. But the SMS always says "Your parcel will be delivered today between 8:00 and 20:00", which is basically useless if you work.

Two ideas:
- narrow it down to a 2-hour window on the morning of delivery, like some other couriers do;
- let us choose a safe place (building reception / locker) in the link, instead of having to call the driver.

Just feedback, no reply needed.

Sam""",
L("suggestion", "feedback", "low", "Sam Oduya", None, None, "", ""),
date="2024-08-08 13:15")

M("en", "u", "8", "Wei Lin Tan <weilin.tan@pm.me>", "Feature request: offline licence activation for field work",
"""Hello,

I lead a small ecology research group that has used GeoSurvey Desktop for about four years (customer ID C20200918650). Overall we're very happy with it, so please read this as a request, not a complaint.

Every year we spend 4-6 weeks at field stations in Yunnan and Sabah with no reliable internet. Right now the licence needs to phone home at least once every 72 hours, otherwise the software drops into read-only mode. In practice that means someone has to drive 40 minutes to the nearest town with decent mobile signal just to "wake up" four laptops, which is a bit absurd.

What would help:
1. A "licence borrowing" option: check a seat out for up to 30 days before leaving, return it when back online.
2. Or an offline activation file (challenge/response) like some other scientific packages offer.
3. A clear warning inside the app showing how many hours are left before it locks, rather than finding out mid-survey.

For context, when your activation server went down last October for an afternoon we were fine because we were in the office, and it was fixed quickly, so no complaint there. It just made us realise how dependent we are on it.

Happy to test a beta if that's useful.

Best,
Wei Lin Tan""",
L("suggestion", "feature_request", "low", "Wei Lin Tan", None, "C20200918650", "", ""),
date="2025-04-03 10:52")

M("en", "u", "8", "Ben Hartley <ben.hartley@gmail.com>", "Re: Thanks for your purchase!",
"""Probably nothing, but:

20 minutes ago I got an email saying the email address on my PayNest account was changed to benh4rtley@mail.ru. That was NOT me. I can still log in for now, but there's also a 320 USD "transfer pending" to someone called "A. Volkov" who I've never heard of.

Can you lock the account and stop that transfer before it goes through? My phone is +86 138 1627 4490.

Ben

On Sat, 8 Mar 2025 at 14:02, PayNest <no-reply@paynest.example.com> wrote:
> Thanks for your purchase!
> Your order #PN-5520193 has been paid successfully.
> Questions? Call us on 400-819-3300.""",
L("emergency", "account_security", "urgent", "Ben Hartley", "13816274490", None, "", ""),
date="2025-03-09 01:47")

M("en", "u", "q", "Rachel Adeyemi <rachel.ade@outlook.com>", "Re: How was your new kettle? Leave a review",
"""Since you asked for a review:

This morning the base of the kettle started crackling and a thin line of smoke came out of the connector on the power base. I yanked the plug out of the wall. There's a brown scorch mark on the base now and the kitchen smells of burnt plastic. My toddler was standing right next to it.

It's the 1.7L glass one, order 113-5567021-88, delivered about five weeks ago.

I want to know whether this is a known issue and what I should do with it. And please don't send me another one of the same model - I'd rather have my money back.

Rachel

On Mon, 3 Feb 2025, Brightkitchen <hello@brightkitchen.example.com> wrote:
> Hi Rachel, thanks for your purchase!
> How are you getting on with your new kettle (order #113-5567021-88)?
> Leave a review and get 10% off your next order.""",
L("emergency", "safety", "urgent", "Rachel Adeyemi", None, None, "113-5567021-88", "explanation refund"),
date="2025-02-27 08:03")

M("en", "a", "b", "Marco Bellini <marco@bellini-casa.example.com>", "POS app crashing on every card payment",
"""Hi,

Since your update this morning (v5.2.0, installed automatically around 9am) the SwiftTill POS app crashes every single time we tap a card payment. Both iPads, both card readers. Cash still works, so we're cash-only right now - on a Saturday, our busiest day, and customers buying sofas don't carry cash. Two couples have already walked out.

Merchant ID C20210407166, store: Bellini Casa, Nanshan.

We've reinstalled the app, restarted the readers and the router. Nothing changed.

Please escalate to engineering now and call me: 0755-8332 1190 ext 3.

Marco Bellini""",
L("emergency", "system_outage", "urgent", "Marco Bellini", "075583321190", "C20210407166", "", "callback"),
date="2024-11-23 11:34")

M("en", "u", "8", "Chloe Bennett <chloe.bennett@gmail.com>", "treadmill #7 at the Xuhui branch",
"""Not sure who else to tell - the front desk just shrugged.

Twice this evening I got a proper electric shock from the handrail of treadmill #7 (the one by the window, Xuhui branch). The second time my whole forearm went numb for about a minute. Another member told me the same thing happened to him last week.

It's still switched on and people are using it. Please get someone to unplug it and put a sign on it tonight, before somebody gets hurt.

Member no. C20240109027
Phone 186 1690 3352

Chloe Bennett""",
L("emergency", "safety", "urgent", "Chloe Bennett", "18616903352", "C20240109027", "", ""),
date="2024-12-11 20:52")

M("en", "a", "q", "Jason Miller | GrowthRank <jason@growthrank-seo.example.net>", "URGENT: is your payment page down?",
"""Hi team,

I ran a quick audit of your website this morning and your checkout page takes 6.8 seconds to load on mobile. For half of your visitors that's effectively the same as your payment page being down!

At GrowthRank we've helped 200+ e-commerce brands cut load times by 60% and grow organic traffic by 3x in 90 days. I'd love to show you a free 12-point report.

Do you have 15 minutes this week? Just reply "yes" or WhatsApp me on +1 415 555 0137.

Cheers,
Jason Miller
Growth Consultant, GrowthRank

Reply STOP to unsubscribe.""",
L("other", None, "low", "Jason Miller", None, None, "", ""),
date="2025-05-27 10:00")

M("en", "u", "8", "Fiona Gallagher <fiona.g@hartwell-accounting.example.com>", "Q3 board pack - draft v2",
"""Hi David,

Attached is draft v2 of the Q3 board pack. Main changes since Monday:

- refund provision on p.14 updated with the September figures;
- complaint-handling KPIs moved to the appendix as you suggested;
- the outage incident summary (p.22) shortened to half a page.

Could we go through it before Thursday's meeting? I'm free tomorrow after 2.

Thanks,
Fiona""",
L("other", None, "low", "Fiona Gallagher", None, None, "", ""),
date="2024-10-08 17:25")
