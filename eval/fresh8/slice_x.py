# fresh8 slice x: hard cases in zh-Hans / zh-Hant / en, written by hand.

# ---------------------------------------------------------------- zh-Hans

M("zh-Hans", "gb", "b", "刘晓雯 <liuxw_0823@163.com>", "紧急求助！！！手表老是震",
"""您好，

标题写得有点吓人，不好意思，其实不是什么急事，就是被烦到了哈哈。

我上个月买的 Pulse 3 智能手表，每到整点就震一下提醒我"该站起来活动了"。平时还好，可是我每天下午要开两三个小时的会，它在桌子上嗡嗡震，领导都看我好几次了。

我在手机App里找了半天，只找到了"久坐提醒"的开关，关掉以后好像还是会震？是不是还有别的地方要关？还有，能不能只在工作日的某几个小时关掉，其他时间保留？

谢谢啦

刘晓雯""",
L("inquiry", "how_to", "low", "刘晓雯"), date="2024-10-16 13:22")

M("zh-Hans", "gbk", "8", "陈建华 <chenjh_sz@126.com>", "Re: 关于您反馈的问题",
"""你好，

先说明一下，我这不是投诉，上次电话里那位客服也挺耐心的，我就是想把账单弄明白。

我家宽带是 300M 的套餐，每月 99 元，客户编号 GD20230917442。这个月（11月）的账单是 129 元，多出来一项"增值业务费 30.00"。我印象里没有开通过什么增值业务，家里也就我和我爱人两个人用。是不是之前办理的时候送的什么免费试用到期了自动收费？如果是的话是哪一项、什么时候开通的，麻烦帮我查一下，再告诉我怎么退订。

我白天上班不方便接电话，可以邮件回复，或者晚上7点以后打家里座机 0755-2631 8890。

陈建华

在 2024-11-20 14:02:36，"星联宽带客服" <service@xinglian-bb.example.com> 写道：
> 尊敬的用户您好：
> 您反馈的问题已记录（记录编号 202411-3372）。如对处理结果不满意，您可拨打投诉专线 400-836-5200 进行投诉，
> 或登录网上营业厅提交投诉工单。我们将在 24 小时内回复。
> 星联宽带 客户服务中心""",
L("inquiry", "billing", "normal", "陈建华", "075526318890", "GD20230917442", "", "explanation"),
date="2024-11-21 08:15")

M("zh-Hans", "u", "q", "zhouzh_gz@foxmail.com", "中秋礼盒什么时候发货？",
"""客服你好：

我在你们官网订了"月下小馆"中秋限定订阅盒，订单号 SB-2409-00731-Z，付款是9月2日。页面上写的是"9月10日前发出"，今天已经9号了，订单状态还是"备货中"。

昨天收到一条短信说"您的包裹已由圆通揽收，运单号 YT7712345098812"，可是我在圆通上查这个单号，显示的是一个寄往哈尔滨的包裹，我在广州，是不是短信发错了？还是说礼盒和别的东西是分开发的？

这个是准备中秋送我爸妈的，中秋是17号，所以想问一下大概几号能到广州。麻烦了。

周子豪
+86 139 2250 7781""",
L("inquiry", "order_status", "normal", "周子豪", "13922507781", None, "SB-2409-00731-Z", ""),
date="2024-09-09 21:40")

M("zh-Hans", "g18", "8", "林晓峰 <linxf.vet@qq.com>", "问个产品的问题",
"""你好，你们店的"安宠滴"猫用驱虫滴剂（0.5ml那款）能不能给怀孕的猫用？说明书上只写了"8周龄以下幼猫慎用"，没提怀孕的。诊所里有只橘猫大概怀孕四周，主人想做体外驱虫。另外哺乳期能用吗？

林晓峰
小林动物诊所""",
L("inquiry", "product_info", "low", "林晓峰"), date="2025-04-02 16:47")

M("zh-Hans", "u", "8", "lyq_hz@163.com", "咨询一下",
"""咨询一下，你们公司到底还管不管装机师傅？

11月3号下午约的上门装宽带，师傅迟到两个小时不说，进门鞋套不穿，在我家阳台抽烟，我说了一句，他回我"爱装不装，不装我走了"。线拉得乱七八糟，墙上打了三个孔只用了一个，走的时候一地的灰和线头。

我当天就打了你们客服，说48小时内回访，结果一个电话都没有。11月6号我又打了一次，还是说"已经记录了"。今天是第三次写信。

那个师傅走之前给我留了个电话 150 5719 0032 说有问题找他，我打过去他直接挂了。你们客服短信里给的专员号码 137****2210 也打不通。

我的要求很简单：1. 公司正式给我道歉；2. 说清楚这个师傅你们怎么处理；3. 这个月的月租给我免了。三天内没有答复，我就去12315投诉，顺便把照片发到本地论坛和抖音上曝光。

李永强
138 0571 2294""",
L("complaint", "service_attitude", "urgent", "李永强", "13805712294", None, "", "apology explanation compensation"),
date="2024-11-09 20:31")

M("zh-Hans", "u", "8", "王思琪 <wsq_0415@126.com>", "关于自动续费的事，需要一个说法",
"""你好，

我8月20日在App里取消了"零食研究所"月度订阅盒，当时页面明明显示"已取消，下个周期起不再扣费"，我还截了图。结果9月和10月照样各扣了我89元，盒子也照寄不误（我都没拆，堆在门口）。

我前后打了三次电话，第一次说系统没问题，第二次说我"可能点错了"，第三次才承认是系统bug。钱是昨天退回来了，这个我知道，不用再跟我说"已为您办理退款"。

我想要的是：一，给我解释清楚为什么取消了还会扣款，是只有我一个人这样还是很多人都这样；二，前两次客服说是我自己点错了，这个说法我不接受，希望有个正式的道歉。

我的会员编号 C20230611087。

王思琪""",
L("complaint", "billing", "normal", "王思琪", None, "C20230611087", "", "explanation apology"),
date="2024-10-24 12:10")

M("zh-Hans", "gb", "b", "杭州安康宠物医院 <ankang_pet@163.com>", "订单VS20241105-0193发错货了",
"""你好，

我们11月5日下的订单 VS20241105-0193，订的是"犬用体内外驱虫片（10-20kg）"两盒，今天到货拆开一看是猫用的（1-4kg），外包装颜色很像，护士差点就拿去给一只金毛用了，还好我们主任核对了一下。

这不是小事，药品剂量差这么多，出了事谁负责？你们仓库发货的时候到底有没有核对？

请尽快把猫用的两盒收回去，把犬用的给我们补发过来，这周六有几只狗约了驱虫，来不及的话请提前告诉我。另外请解释一下这次是怎么发错的。

吴丽娟（采购）
杭州安康宠物医院
0571-8865 2103 转 806""",
L("complaint", "wrong_item", "normal", "吴丽娟", "057188652103", None, "VS20241105-0193", "exchange explanation"),
date="2024-11-07 15:26")

M("zh-Hans", "u", "8", "孙蕾 <sunlei@hengtu-tech.example.com>", "BG-2024-11-0082 第三次改期，请给个准话",
"""贵公司负责人：

我司于10月15日与贵公司签订办公家具采购订单（订单号 BG-2024-11-0082），含工位桌 60 套、会议桌 2 张、文件柜 20 组，合同约定 11 月 8 日送货安装。

11月6日贵司销售通知改到11月15日；11月14日晚又通知改到11月22日；今天（11月21日）下午又接到电话，说"工厂排产问题"，要再推一周。我们新办公室12月1日必须启用，员工已经退租旧场地，三次改期给我们造成的损失贵司考虑过吗？

我方要求：
1、今天之内书面回复确切的送货安装日期，不得晚于11月27日；
2、说明三次延期的真实原因；
3、按合同第九条约定支付延期违约金。

如贵司仍无法给出明确答复，我司法务已准备好律师函，将依合同追究责任。

孙蕾
行政部经理  恒途科技（上海）有限公司
手机：+86 186 2110 4478""",
L("complaint", "delivery_delay", "urgent", "孙蕾", "18621104478", None, "BG-2024-11-0082", "explanation compensation"),
date="2024-11-21 16:52")

M("zh-Hans", "g18", "q", "zmy2001@qq.com", "手表屏幕有亮线 要换新",
"""你们好

11月7号在你们旗舰店买的 Pulse 3 Pro，订单号 W2411070098231，今天刚第5天，屏幕中间出现一条竖的亮线，亮屏的时候特别明显。不是摔的，也没进过水，我每天就是正常戴着，洗手都摘下来的。

说实话挺无语的，一千多块的表用5天就这样，你们出厂不检查的吗。

按7天无理由/15天质量问题换货的规定，我要求直接换一台新的，不接受维修，也不要返厂检测一两周那种。需要我寄回的话请把地址和流程发给我，运费应该你们出吧。

张梦瑶""",
L("after_sales", "exchange", "normal", "张梦瑶", None, None, "W2411070098231", "exchange"),
date="2024-11-12 22:05")

M("zh-Hans", "u", "8", "方雅琴 <fangyq@lanshan-design.example.com>", "升降桌安装预约 + 发票问题",
"""您好，

我们公司上周在贵司下单了 12 张电动升降桌（订单编号 OF24091800127），货已经在9月23日送到了，现在都还是原箱堆在会议室里。送货师傅说安装要另外预约，想请你们安排一下安装。

我们的情况：
- 地址：北京市朝阳区望京东园某某大厦 15 层（送货单上有）
- 方便的时间：这周四、周五的下午，或者下周一全天
- 到时候请直接联系我们前台小何 136 0123 4477，她负责开门和带路

另外两件小事顺便说一下：
1. 其中一个箱子角有点压坏了，不知道里面的桌面有没有划伤，安装的时候师傅帮忙看一下就好，有问题再说；
2. 发票抬头需要改成"北京岚山设计有限公司"，之前填的是个人名字，麻烦财务那边重开一下。

有什么问题打我座机 010-8456 2290。

谢谢！
方雅琴  行政""",
L("after_sales", "installation", "normal", "方雅琴", "01084562290", None, "OF24091800127", ""),
date="2024-09-24 10:18")

M("zh-Hans", "gbk", "8", "宠爱动物医院 老杨 <chongai_yang@sina.com>", "疫苗冰箱不制冷了",
"""你好，

今天早上7点半开门发现去年在你们这里买的医用疫苗冷藏箱（YL-260那台）温度显示14度，正常应该2-8度，压缩机不响了，插头插座都换过，还是不行。

里面有狂犬、猫三联、犬八联一共大概六十多支，我们先转移了一部分到普通冰箱里，但是放不下，而且普通冰箱温度也不稳。今天上午约了十几只猫狗打疫苗，现在全停了，只能一个个打电话改期。

会员编号 M0871-2231。麻烦尽快派人来修，或者先借一台给我们顶一下，今天上午能到最好。我的电话 135 7701 3264。

杨振东
宠爱动物医院（昆明）""",
L("after_sales", "repair", "urgent", "杨振东", "13577013264", "M0871-2231", "", "repair"),
date="2025-03-14 08:05")

M("zh-Hans", "gbk", "b", "黄一鸣 <huangym@163.com>", "Re: 您的年度会员已成功续费，感谢支持！",
"""你好，

下面这封"感谢支持"的邮件我是今天早上才看到的，昨天半夜你们自动从我支付宝扣了498元续了一年会员。说实话有点气，续费之前不是应该提前提醒的吗？我根本没收到任何提醒。

我这半年已经不怎么用了，也不打算续。看你们的会员协议写着续费后7天内未使用可以申请退款，我续费之后一节课都没上过，麻烦把这498元原路退回，订单号是 LA2025010388120。

黄一鸣

-----Original Message-----
From: 言语通 <noreply@yanyutong.example.com>
Sent: 2025年1月3日 0:02
To: huangym@163.com
Subject: 您的年度会员已成功续费，感谢支持！

亲爱的学员：
您的年度会员已自动续费成功，订单号 LA2025010388120，金额 498.00 元。
感谢您一直以来的支持！如有疑问请致电客服热线 400-901-7788。""",
L("after_sales", "refund", "normal", "黄一鸣", None, None, "LA2025010388120", "refund"),
date="2025-01-03 09:20")

M("zh-Hans", "u", "8", "小鹿 <xiaolu_learns@outlook.com>", "你们这个连续打卡真的太折磨人了",
"""你们这个连续打卡的设计真的太折磨人了😂

我已经连续学了213天日语，上周发烧39度躺了一天，半夜12点前爬起来做了一节课才保住。你们能不能加一个"请假卡"或者"冻结一天"的功能？比如每个月可以用1-2次，或者用积分换也行。

我不是要退费也不是投诉哈，你们的课我挺喜欢的，就是这个机制太容易让人焦虑了。还有一个小想法：复习模式里能不能把我错过三次以上的单词单独拎出来做一个列表。

一个快被连续打卡逼疯的用户
小鹿""",
L("suggestion", "feature_request", "low", "小鹿"), date="2025-02-08 00:43")

M("zh-Hans", "gb", "8", "tang_wei@139.com", "装机通知的事",
"""你好，

上礼拜你们来装宽带，师傅人不错，装得也很利索，这个先说在前面。

就是有一点：短信通知只写了"预约时间：周六 9:00-18:00"，一整天的窗口，我只好在家干等了一天，师傅下午四点多才到。不是投诉，我知道师傅一天要跑很多家，只是建议你们在短信里加个大概的到达时间，或者师傅出发前半小时发个提醒，能像外卖那样看到位置就更好了。这样用户可以安排一下自己的事。

供参考。

唐伟""",
L("suggestion", "feedback", "low", "唐伟"), date="2024-06-17 19:02")

M("zh-Hans", "g18", "b", "陈静 <doudou_mama@163.com>", "儿童手表换手机后怎么重新绑定",
"""你好，我想问一下儿童手表换手机的问题。

我女儿用的是你们的"小星星"儿童手表 S2，之前绑定在我的旧手机上，我上周换了新手机，把App重新装了，登录账号以后设备列表是空的，手表上也显示"未绑定"。我试了扫手表上的二维码，提示"该设备已被其他账号绑定"，可是其他账号就是我自己旧手机上的那个啊，旧手机已经恢复出厂设置了。

是要先在旧手机上解绑吗？旧手机已经没法登录了怎么办？需要我提供购买凭证吗？

还有定位和电话白名单要重新设置吗，之前设置了六个号码，不想再一个个输。

对了，顺便说一句，前天晚上充电的时候那个磁吸充电头特别烫，女儿去拔的时候手指被烫出一个小水泡，抹了点药膏现在没什么事了。这两天我都没敢再给它充电。

麻烦回复一下，谢谢。
我的电话：１３７６０２３８８１５

陈静（豆豆妈妈）""",
L("emergency", "safety", "urgent", "陈静", "13760238815", None, "", ""), date="2025-01-19 21:14")

M("zh-Hans", "u", "8", "郑晓东 <zxd_shop@163.com>", "网络的事",
"""你好，

跟你们说一声，我们仓库这条企业宽带从今天中午12点多开始就上不了网了，光猫上的LOS灯一直红色闪，重启了好几次没用。

不着急骂人哈，就是跟你们报个障。不过我们是做网店的，打单、发货全靠这条线，现在十几个打包的工人都坐着等，快递下午6点来收件，今天的单估计是发不出去了。能不能尽快派人来看一下。

客户编号 DG5520137，地址东莞市长安镇某某工业区 B 栋一楼。
联系人 郑晓东 139 2688 4051""",
L("emergency", "system_outage", "urgent", "郑晓东", "13926884051", "DG5520137", "", "repair"),
date="2024-12-12 15:40")

M("zh-Hans", "u", "8", "吴海涛 <wuhaitao77@126.com>", "理赔进度查询",
"""你好，

我上个月车被追尾，在你们这报了案，一直在等理赔。

今天上午10点左右有个自称你们理赔中心的人打电话给我，说理赔款要打到我卡上需要"验证身份"，报出了我的车牌号和出险时间，我就信了，把手机收到的验证码告诉了他。挂了电话我才觉得不对，赶紧登你们的App看了一下，登录记录里有一条今天10:12从"海南海口"登录的，收款银行卡也被改成了一张我不认识的卡，尾号 6631。

对方用的号码是 0898-6613 2290。

我现在很慌，理赔款还没到账，能不能先把我账户冻结，别让钱打到那张卡上去？我的手机号 +86 135 1096 2271，随时可以打我。

吴海涛""",
L("emergency", "account_security", "urgent", "吴海涛", "13510962271", None, "", "callback"),
date="2025-05-06 10:37")

M("zh-Hans", "u", "q", "周敏 <zhoumin@ruixin-fin.example.com>", "关于贵司办公椅的退货申请",
"""您好，

我是瑞信财务咨询的行政周敏。今年6月我们在贵司采购了40把"云逸"人体工学椅，订单号 YJ-20240611-3307。

今天下午两点左右，我们一位同事坐下的时候椅子"砰"的一声，气压杆直接往下掉到底，椅子侧翻，她摔在地上，尾椎骨疼得站不起来，现在另一位同事陪她在医院拍片。我们检查了一下，气压杆底座那里好像裂开了。

剩下39把同一批次的椅子我们已经先全部收起来不让人坐了。想请你们：
1. 尽快派人来检查这一批椅子的气压杆是不是有问题；
2. 这批椅子我们想整批退货；
3. 同事的医疗费用后续怎么处理，也希望贵司给个说法。

我的手机 138 1662 4093。

周敏""",
L("emergency", "safety", "urgent", "周敏", "13816624093", None, "YJ-20240611-3307", "return compensation explanation"),
date="2024-10-29 15:12")

M("zh-Hans", "u", "8", "星推网络 张凯 <zhangkai@xingtui-seo.example.com>", "贵店的售后评分可以再提升30%",
"""尊敬的店铺负责人：

您好！我是星推网络的张凯。我们注意到贵店近期在各大平台的售后评分和投诉率有上升趋势，差评会直接影响搜索排名和转化率。

星推网络专注电商口碑优化八年，服务过3000+商家：
· 差评/投诉处理与舆情监控
· 店铺搜索排名提升，7天见效
· 真人好评、晒图套餐，价格透明

本月签约即送价值2980元的"投诉预警"系统一套。如有兴趣，回复本邮件或加微信 xingtui_zk 了解详情。

退订请回复 TD""",
L("other", None, "low", "张凯"), date="2025-03-03 09:00")

M("zh-Hans", "u", "8", "何雨桐 <heyutong_hr@163.com>", "应聘售后客服专员-何雨桐",
"""您好！

我在招聘网站上看到贵公司招聘售后客服专员，想应聘这个岗位。

我叫何雨桐，今年25岁，2021年毕业于湖南商学院市场营销专业，之前在一家家电公司做了两年多的售后客服，主要负责电话和在线客服，处理退换货、维修预约和客户投诉，月均处理工单600多单，客户满意度一直在95%以上。

简历已经放在附件里，期待有机会面试。我的手机 159 0213 4468，随时可以联系。

此致
敬礼！

何雨桐""",
L("other", None, "low", "何雨桐", "15902134468"), date="2024-07-22 11:35")

# ---------------------------------------------------------------- zh-Hant

M("zh-Hant", "b5", "q", "許志豪 <hsuch0921@gmail.com>", "請問理賠需要準備哪些文件",
"""您好，

我前天晚上在新竹開車的時候，在路口被一台機車擦撞，對方人沒事，我的右後車門跟保險桿都凹了。當下有報警，警察有來做筆錄。

想先請問幾個問題：
1. 申請車體險理賠需要準備哪些文件？初步分析研判表要自己去警局申請嗎？
2. 修車一定要去你們的特約廠嗎？我家附近有一間常去的保養廠可以嗎？
3. 出險後最晚多久要提出申請？

我還沒決定要不要走保險（怕明年保費漲），所以想先了解清楚。

許志豪
+886 (0)937-221-508""",
L("inquiry", "policy", "low", "許志豪", "0937221508"), date="2025-06-11 20:26")

M("zh-Hant", "u", "8", "Wong Ka Yan <kayan.wong@example.com.hk>", "Re: 關於你的賬單查詢",
"""你好，

唔好意思又嚟問。我九月尾已經搬咗屋，當時打電話嚟轉咗新地址，師傅十月三號上門裝好，舊地址嗰條線應該係嗰陣就停。

但係今個月張單（客戶編號 HKB-7781203）入面有兩條月費，一條新地址、一條舊地址，每條都係 $198。係咪舊地址條線仲未截？定係計漏咗？我唔係想投訴，只係想搞清楚應唔應該俾兩份錢，如果唔使嘅話麻煩幫我調整返張單。

有需要可以 WhatsApp 或者打俾我：+852 6123 4870（平日六點後）。

Ka Yan

> 親愛的客戶：
> 感謝閣下的查詢。如閣下對本公司服務有任何不滿，可致電客戶服務熱線 2888 1234 或填寫網上投訴表格。
> 個案編號：CS-HK-240917-221
> 寰宇寬頻 客戶服務部""",
L("inquiry", "billing", "normal", "Wong Ka Yan", "61234870", "HKB-7781203", "", "explanation"),
date="2024-11-05 22:48")

M("zh-Hant", "b5", "b", "黃怡君 <yijun.huang@gmail.com>", "處方飼料到底什麼時候到？第三次詢問",
"""你好，

這已經是我第三次寫信來問了。

我10月2日在你們網站訂了兩包「腎臟處方飼料 6kg」，訂單編號 PV1131002008。網站寫「現貨，3個工作天內出貨」，結果到今天（10月14日）還是顯示「處理中」。

我家的貓有慢性腎病，醫生交代不能隨便換飼料，家裡剩下的大概只夠吃兩天。第一次來信客服說「倉庫盤點，明天出貨」，第二次說「物流延誤，請耐心等候」，兩次都沒有下文。

我現在只要一個明確的出貨時間跟貨運單號。如果明天中午前還是沒有消息，我會直接向消保官申訴，並且把這幾次的對話截圖貼到寵物社團。

黃怡君
02-2771-3345""",
L("complaint", "delivery_delay", "urgent", "黃怡君", "0227713345", None, "PV1131002008", "explanation"),
date="2024-10-14 09:33")

M("zh-Hant", "u", "8", "陳志明 <cm.chan88@yahoo.com.hk>", "保養",
"""你好，

我想投訴你哋旺角服務中心一位姓梁嘅職員。

上星期六（11月16號）我拎住隻 Pulse 3 去整，隻錶唔知點解成日自己重啟，買咗八個月，仲喺一年保養期內。個職員望都冇望清楚，就話「你自己撞過啦，呢度有花，唔包」，我話隻錶一直有戴保護殼，佢反白眼，仲同隔籬個同事講「又嚟一個扮唔知嘅」，我企喺度聽得好清楚。

隻錶維修我可以再搞，但我想你哋公司正式回覆：一，呢位職員嘅態度你哋點處理；二，我要一個道歉。

陳生
9736 2281""",
L("complaint", "service_attitude", "normal", "陳志明", "97362281", None, "", "apology explanation"),
date="2024-11-20 23:02")

M("zh-Hant", "b5", "8", "蔡佩珊 <peishan.tsai@hotmail.com>", "回覆：關於您的建議",
"""客服您好：

上週反映過的問題，你們回說是「建議」並且已轉給產品團隊，但我要再說一次，這不是建議，是你們的功能根本壞掉。

我買了一年期的韓文進階方案（NT$3,990），主打「AI 發音評分」。可是這兩個禮拜，我同一個句子照著示範音檔念了十幾次，每次都給我 30 分以下，我請在台北教韓文的朋友念，她也只拿到 40 分。換了兩支手機、重新安裝、換耳機麥克風都一樣。

這個功能是我付費的主要原因，現在等於完全沒有用。請給我一個清楚的說明：這是已知問題嗎？什麼時候會修好？

蔡佩珊

-----原始郵件-----
寄件者: 語通客服 <support@yutong.example.com.tw>
寄件日期: 2024年10月2日 下午 3:15
主旨: 關於您的建議

您好，感謝您寶貴的建議！我們已將您的意見轉交產品團隊，作為日後功能優化的參考。若您有其他建議或需要客訴協助，請撥打 0800-123-456。""",
L("complaint", "product_quality", "normal", "蔡佩珊", None, None, "", "explanation"),
date="2024-10-08 13:40")

M("zh-Hant", "b5", "8", "Ivy Lam <ivy.lam@harbourline.example.com.hk>", "升降檯保養維修申請",
"""您好：

本公司於今年一月向貴公司購買電動升降辦公檯八張（訂單號 HKF250113007），保養期為五年。

近兩星期其中一張（放於經理室，編號第 3 號）升降時發出明顯「咯咯」聲，上升到一半會自動停止，控制板顯示「E02」。已按說明書重設，情況未有改善。其餘七張暫時正常。

該檯仍在保養期內，現申請安排技術人員上門檢查維修。本公司辦公時間為星期一至五上午九時至下午六時，請預先致電本人安排時間。

Ivy Lam
行政主任
港灣線貿易有限公司
電話：+852 2815 6630""",
L("after_sales", "warranty", "normal", "Ivy Lam", "28156630", None, "HKF250113007", "repair"),
date="2025-07-09 10:02")

M("zh-Hant", "u", "b", "郭書瑋 <kuo.shuwei@gmail.com>", "退貨",
"""你好

訂單 #SBX-77120，十一月份的「咖啡探索盒」，還沒拆封。

我月底搬家到台中，新地址沒辦法收，所以想退這一盒，訂閱也順便先暫停。網站上的「申請退貨」按鈕按下去就一直轉圈圈，按了五六次都沒反應，電腦和手機都試過，只好寫信。

請告訴我要寄回哪裡，運費怎麼算。退款退回原本的信用卡就可以。

麻煩了，有問題打 0988-123-765

郭書瑋""",
L("after_sales", "return", "normal", "郭書瑋", "0988123765", None, "SBX-77120", "return refund"),
date="2024-11-18 18:20")

M("zh-Hant", "u", "q", "劉哲宇 <jason.liu.tw@gmail.com>", "你們的方案真的很不彈性",
"""客服你好，

先講，我不是要解約也不是要投訴，只是覺得你們的方案真的很不彈性，想提供一點意見。

我每年有兩三個月會去國外出差，家裡沒人，網路就整個閒置，但月租還是照繳。問過門市，說只能「暫停」最多一個月而且要收手續費，不然就是解約再重新申裝，重新申裝又要付裝機費。

建議可以推出「旅行暫停」或「季節方案」之類的選項，例如一年內可以累積暫停 90 天，暫停期間只收少量的保號費。我相信很多常出差或是有第二個住處的人都會需要。

劉哲宇""",
L("suggestion", "feature_request", "low", "劉哲宇"), date="2025-03-27 21:55")

M("zh-Hant", "u", "8", "Sandy Tse <sandytse.hk@gmail.com>", "一個小問題",
"""Hi，

唔好意思打擾，應該唔係咩大事。

今朝起身見到兩封你哋寄嚟嘅 email，一封話「你嘅登入電郵已經更改為 m.k.trading77@mail.example.ru」，另一封係「新裝置登入：Android，莫斯科」。我冇改過，亦都冇用 Android 手機。而家我用返自己個 email 登入唔到，話「帳戶不存在」。

個帳戶入面仲有我買咗嘅兩年日文課程，同埋綁咗張信用卡。得閒可唔可以幫我睇下？

Thanks,
Sandy""",
L("emergency", "account_security", "urgent", "Sandy Tse"), date="2025-02-22 08:47")

M("zh-Hant", "b5", "8", "ming0612@yahoo.com.tw", "手錶",
"""你好，昨晚睡前把手錶放在充電座上充電，半夜聞到一股燒塑膠的味道，起來看手錶背蓋已經被撐開，電池鼓起來，摸起來很燙，我馬上拔掉放到陽台的鐵盆裡了。

訂單 20241118TW00562，買不到兩個月。現在要怎麼處理？這種東西放家裡我不太放心，家裡還有小孩。

王明德 0921-556-083""",
L("emergency", "safety", "urgent", "王明德", "0921556083", None, "20241118TW00562", ""),
date="2025-01-07 07:12")

M("zh-Hant", "b5", "b", "順達汽車保養廠 <shunda.auto@gmail.com>", "理賠系統",
"""承辦人員您好：

我們是貴公司特約維修廠「順達汽車保養廠」，特約廠代號 TP0219A。

從今天早上八點半開始，合作廠商理賠平台一直沒辦法上傳估價單跟照片，按「送出」就跳「系統錯誤 500」，登出重登、換電腦、換網路都一樣。問了同一區另外兩家特約廠也是一樣的狀況，應該不是我們這邊的問題。

現在廠裡有七台車在等理賠核定才能動工，其中兩位車主今天下午就要來牽車，客人已經在問了。麻煩請盡快處理，或告訴我們有沒有其他送件的方式（傳真或Email可以嗎？）。

順達汽車保養廠
林國榮
(03) 452-7781""",
L("emergency", "system_outage", "urgent", "林國榮", "034527781", "TP0219A", "", ""),
date="2025-05-20 10:50")

M("zh-Hant", "u", "8", "黃太 <wongtaitai.hk@gmail.com>", "多謝",
"""你好，

想寫封信多謝一下你哋銅鑼灣店嘅阿詩。

上個月我隻錶送嚟整，前後搞咗三次，第一次換錯零件，第二次又話要等貨，我當時真係好嬲，仲喺電話度鬧咗你哋客服幾句，喺度講聲唔好意思。

後來阿詩主動跟進，幫我問總部，每次有消息都打俾我，上星期終於攞返隻錶，而家用得好好。想話俾你哋知佢做得好好，希望公司可以表揚下佢。

唔使回覆喇，多謝晒！

黃太""",
L("other", "thanks", "low", "黃太"), date="2024-12-03 15:30")

# ---------------------------------------------------------------- en

M("en", "a", "7", "dmitri.kovalenko@example.com", "compatibility?",
"""does the Pulse 3 work with an iPhone SE (2nd gen)? thinking of getting one for my dad

Sent from my iPhone""",
L("inquiry", "product_info", "low"), date="2024-08-14 19:03")

M("en", "u", "8", "Hannah Cheung <hannah@kowloonvet.example.com.hk>", "Shipment stuck?",
"""Hi there,

Quick question about our order No. 40021877 (surgical gloves, suture packs and two cases of IV fluids). The tracking (1Z999AA10123456784) has shown "Departed facility - Shenzhen" since Monday and hasn't moved in four days.

No panic on our side, we have enough stock until about the middle of next week, but I'd like to know whether it's held at customs or just a tracking glitch, so I can plan. If it is held, do you need anything from us (import permit copy etc.)?

Thanks,
Hannah Cheung
Practice Manager, Kowloon Bay Veterinary Clinic
+852 3590 2217""",
L("inquiry", "logistics", "normal", "Hannah Cheung", "35902217", None, "40021877", ""),
date="2025-04-18 11:27")

M("en", "u", "b", "Rachel Oyelaran <r.oyelaran@example.com>", "Family plan question",
"""Hello,

I've had an individual premium subscription for about a year (Spanish), and my two kids (9 and 12) each have free accounts on their tablets with a fair bit of progress on them - my younger one is very proud of her 80-day streak and I do not want to be the parent who wipes it.

If I upgrade to the Family plan, how do I add them? Do they keep their own progress and streaks, or do they need new accounts? And do I lose the remaining months on my individual plan or does it get credited?

Thanks in advance,
Rachel""",
L("inquiry", "how_to", "low", "Rachel Oyelaran"), date="2025-08-02 09:41")

M("en", "u", "8", "Tom Whitcombe <tom@whitcombe-architects.example.co.uk>", "Re: Thanks for your order!",
"""Hi,

Replying to this because it's the only email I have from you.

The delivery arrived this morning for order OFD-58213-UK: eight Aria task chairs, which we ordered in charcoal (it says charcoal right there in your confirmation below). All eight boxes are labelled "SAND" and the chairs are, indeed, sand. Beige. They look lovely. They also look absolutely nothing like the rest of our studio, which is charcoal and black.

Frankly I'm disappointed - we waited five weeks for these and I double-checked the colour code before paying. Please arrange to collect the beige ones and send the charcoal ones, and tell me how long that will take this time. I'd rather not wait another five weeks.

Tom Whitcombe
Whitcombe Architects
07700 900412

On Tue, 8 Oct 2024 at 09:12, Seatwell Orders <orders@seatwell.example.com> wrote:
> Thanks for your order!
> Order OFD-58213-UK
> 8 x Aria Task Chair - Charcoal (ARIA-CH-01)
> Questions? Call us on 0800 048 7750.""",
L("complaint", "wrong_item", "normal", "Tom Whitcombe", "07700900412", None, "OFD-58213-UK", "exchange"),
date="2024-11-12 11:05")

M("en", "u", "8", "Gary Pemberton <gpemberton@example.net>", "FOURTH time - 500 Mbps my foot",
"""To whoever actually reads these,

Customer ID BB-00981276. I pay for your 500 Mbps "Ultra" fibre plan. For the last six weeks I have been getting between 30 and 60 Mbps, every evening, every speed test, wired directly into your own router. I have screenshots of 40+ tests.

This is the fourth time I'm contacting you. Call 1: "restart the router." Call 2: "it's probably your devices." Call 3: a technician was booked, didn't show up, and nobody called. Chat last week: "escalated to our network team", and then nothing. Amazing service, truly.

I'm not asking for another restart tip. I want:
- an actual explanation of why I'm getting a tenth of what I pay for,
- the difference credited back to my account for those six weeks,
- a fix, with a date.

If I don't get a real answer by Friday I will file with the ombudsman, my solicitor has already seen the paperwork, and the screenshots go on the local community page, which has about 12,000 members, many of whom are your customers.

Gary Pemberton""",
L("complaint", "product_quality", "urgent", "Gary Pemberton", None, "BB-00981276", "", "explanation compensation"),
date="2025-06-24 21:17")

M("en", "u", "q", "Leila Haddad <leila.haddad@example.com>", "Boxes keep arriving late",
"""<html><body>
<div>Hello,</div>
<p>I&#39;ve been subscribed to the Little Pantry box for a bit over a year and I&#39;ve always liked it, so I&#39;m not writing this lightly.</p>
<p>The box is promised &quot;by the 5th of each month&quot;. September&#39;s (#MB-2024-1187) came on the 13th, October&#39;s (#MB-2024-1302) on the 16th, and November&#39;s hasn&#39;t arrived at all yet. Some of the items are fresh (cheese, the sourdough starter) and the starter in October was past saving.</p>
<p>Nobody told me about the delays in advance, I only found out by chasing. That&#39;s the part that bothers me most.</p>
<p>Can you tell me what&#39;s going on, and whether something can be done about the October box?</p>
<p>Thanks,<br>Leila Haddad</p>
</body></html>""",
L("complaint", "delivery_delay", "normal", "Leila Haddad", None, None, "MB-2024-1187 MB-2024-1302", "explanation compensation"),
html=True, date="2024-11-19 20:08")

M("en", "u", "8", "Bernard Okafor <bernie.okafor@example.org>", "A long story about my watch (sorry)",
"""Hi,

I'll try to keep this short but I probably won't, apologies in advance.

I bought the Pulse 3 back in March (order 112-8840213-5501227, through your store on the marketplace) mostly because my cardiologist suggested I keep an eye on my resting heart rate after a minor procedure last year. Nothing dramatic, I'm fine, but it's why the heart rate feature matters to me more than the step counting or the sleep stuff.

For the first few months it was great. I liked it enough that my wife got one for her birthday, and my brother-in-law is apparently thinking about it too, so you've had good word of mouth from our family barbecue. The battery easily does five days, the strap is comfortable, and the app is mostly fine, although I'll say the sleep graphs are a bit of a mystery to me.

Around the start of September I went on a hiking trip in Yosemite with my son and noticed the heart rate readings were a bit odd - 40s while walking uphill, then 190 while sitting in the car. I put it down to the cold or the strap being loose. When we got back it kept happening. I cleaned the sensor with a soft cloth like the manual says, updated the firmware (it's on 4.2.1 now), did a factory reset twice, re-paired it with my phone and even tried it on my wife's wrist. Her own watch reads fine on her; mine on her reads nonsense. Since about two weeks ago it just shows "--" most of the time, and the green lights on the back only flicker briefly and then stop.

To be clear, nothing dangerous - it isn't hot, there's no smoke or smell or anything like that, it charges normally, the screen and everything else work. It's just the heart rate sensor that seems to have given up. It's never been dropped in anything harder than a couch cushion and I don't swim with it.

The serial on the back is PX3-22K-0917XR in case you need it. I still have the box and the receipt.

So what I'm asking is to have it replaced under the one-year warranty, since it's about seven months old. I'm happy to ship it back to you first if that's how it works, I'd just like to know the steps and roughly how long I'd be without it.

Thanks for reading all of this,
Bernard Okafor
(415) 555-0143""",
L("after_sales", "warranty", "normal", "Bernard Okafor", "4155550143", None, "112-8840213-5501227", "exchange"),
date="2024-10-02 22:36")

M("en", "u", "8", "Nadia Petrova <nadia@brightleaf-studio.example.com>", "installers??",
"""Hi,

Your installation team was booked for 8:00 this morning to assemble the 14 desks and the reception counter (order FD/2025/0447). It is now 10:30, nobody has turned up, and the number on the booking confirmation just rings out.

We open the new office to clients at 2 pm TODAY - a launch with about 40 guests. Right now they would be standing among flat-pack boxes.

Please get someone here as soon as possible, and call me the moment you know when. Mobile 07911 123456.

Nadia Petrova
Office Manager, Brightleaf Studio""",
L("after_sales", "installation", "urgent", "Nadia Petrova", "07911123456", None, "FD/2025/0447", "callback"),
date="2025-02-17 10:34")

M("en", "u", "q", "Samuel Ng <sam.ng@pawsandclaws.example.com>", "autoclave acting up",
"""Morning,

Our SteriPro 23L autoclave (bought from you in 2023, customer account no. VC-7730) stopped mid-cycle this morning with error E-14 and won't start again. Door seal looks fine, water reservoir is full, we've power-cycled it twice.

Not a huge drama, but it does mean we can't sterilise surgical kits, so the four surgeries booked for today are on hold until it's fixed and we're ringing owners to reschedule. If a technician could come out today, or you have a loan unit, that would be ideal.

Best number is the clinic: 0161 496 0732.

Sam Ng
Paws & Claws Veterinary Surgery""",
L("after_sales", "repair", "urgent", "Samuel Ng", "01614960732", "VC-7730", "", "repair"),
date="2025-09-09 08:26")

M("en", "u", "8", "Kenji Morales <kenji.m@example.com>", "Fwd: Your LinguaLeap receipt",
"""Hi, I got charged twice for the same thing - two receipts a minute apart, forwarded below (orders 5531920 and 5531921). I only bought one annual plan. Can you refund the second one please? Same card.

Kenji

---------- Forwarded message ---------
From: LinguaLeap <receipts@lingualeap.example.com>
Date: Sun, 5 Jan 2025 at 22:14
Subject: Your LinguaLeap receipt
To: <kenji.m@example.com>

Thanks for learning with LinguaLeap!
Order 5531921 - Annual Premium - $89.99
Charged to Visa ending 4417.
Need help? support@lingualeap.example.com

---------- Forwarded message ---------
From: LinguaLeap <receipts@lingualeap.example.com>
Date: Sun, 5 Jan 2025 at 22:13
Subject: Your LinguaLeap receipt
To: <kenji.m@example.com>

Thanks for learning with LinguaLeap!
Order 5531920 - Annual Premium - $89.99
Charged to Visa ending 4417.""",
L("after_sales", "refund", "normal", "Kenji Morales", None, None, "5531920 5531921", "refund"),
date="2025-01-06 07:58")

M("en", "u", "q", "Priscilla Grant <pgrant@example.com>", "your claims process is stuck in 1998",
"""Hello,

Let me say up front that the outcome of my claim was fine and the adjuster was polite. This is about the process.

Last week I had to submit photos of a dented bumper. Your app lets me view my policy, pay my premium and download my ID card, but to send photos I had to email them to an address, which bounced because the attachments were "too large", so I resized eleven photos one by one and sent three separate emails. That took me an hour.

Suggestion: add a photo upload (with automatic compression) to the claim screen in the app, and show the claim's status there too, so people don't have to phone in to ask. Most insurers I've dealt with already do this.

That's all - not expecting a reply.

Priscilla Grant""",
L("suggestion", "feature_request", "low", "Priscilla Grant"), date="2025-05-14 17:45")

M("en", "u", "8", "Owen Price <owen.price@example.co.uk>", "Complaint? No - packaging",
"""<div>Hi team,</div>
<div><br></div>
<div>Not a complaint, honestly &ndash; just some feedback from a happy subscriber (14 months and counting).</div>
<div><br></div>
<div>This month&rsquo;s tea box had each of the six teas in its own plastic pouch, inside a plastic tray, inside a bubble-wrap sleeve, inside the cardboard box. That&rsquo;s a lot of plastic for about 200&nbsp;g of tea. Could you consider paper pouches or a compostable tray? I&rsquo;d happily pay 50p more for it.</div>
<div><br></div>
<div>Cheers,<br>Owen</div>""",
L("suggestion", "feedback", "low", "Owen Price"), html=True, date="2025-03-09 10:12")

M("en", "u", "8", "Mandy Lau <mandy@sunnysidecafe.example.com.hk>", "small hiccup",
"""Hi,

Just a small hiccup to flag - since about 12:05 none of our three TapPay terminals can take card or Octopus payments, they all show "Host unreachable - code 91". Wi-Fi is fine, the router's fine, I restarted the terminals. It's lunch rush so we're telling people cash only, and about half of them are walking out.

Merchant ID 400719233, Sunnyside Cafe, Sheung Wan. I'm at the shop, +852 2544 0817.

Mandy""",
L("emergency", "system_outage", "urgent", "Mandy Lau", "25440817", "400719233", "", ""),
date="2024-10-08 12:41")

M("en", "u", "8", "Denise Carver <dcarver@example.com>", "Re: Your November bill is ready",
"""Hello,

Not about the bill, sorry, this was just the last email from you in my inbox.

About 20 minutes ago the router you sent us in September started making a crackling noise and there's a strong hot-plastic smell coming from it. I saw a little flash near the power socket at the back. I've unplugged it at the wall and put it on the tiled kitchen floor. No flames.

Is it safe to plug it back in? I assume not. What should I do with it, and can you send a replacement? My husband works from home so we really need the internet back.

Denise Carver
Customer ID 88-4410-2287

> Your November bill is ready.
> Amount due: $64.00. View your bill at my.example-broadband.com.
> Questions? 1-800-555-0199""",
L("emergency", "safety", "urgent", "Denise Carver", None, "88-4410-2287", "", "exchange"),
date="2024-11-26 19:50")

M("en", "u", "b", "Olivia Brandt <olivia@millbrookvets.example.com>", "odd orders on our account",
"""Hi,

We've just noticed three orders on our online account that none of us placed, all yesterday between 23:40 and 00:15: orders 7710245, 7710248 and 7710251, about 2,300 GBP in total, mostly flea/tick products and ketamine?? All going to an address in Croydon we've never heard of, paid with the clinic's saved card.

Our account login email is still ours, but the password had been changed - I only got in with the reset link just now.

Could you please stop those orders before they ship, and tell us what else we should do? Our clinic account is CL-20931.

Olivia Brandt
Practice Manager, Millbrook Veterinary Centre
01632 960 418""",
L("emergency", "account_security", "urgent", "Olivia Brandt", "01632960418", "CL-20931", "7710245 7710248 7710251", ""),
date="2025-07-30 08:52")

M("en", "a", "7", "Priya Raman <priya.raman@example-logistics.com>", "Automatic reply: Your complaint reference 202411-0833",
"""Thank you for your email. I am out of the office until Monday 2 December with limited access to email.

For urgent shipping matters please contact my colleague Daniel Oduya on 020 7946 0321 or shipping@example-logistics.com.

Kind regards,
Priya Raman
Senior Account Executive""",
L("other", None, "low", "Priya Raman"), date="2024-11-27 14:03",
extra=[("Auto-Submitted", "auto-replied")])

M("en", "u", "8", "Greg Hollis <ghollis@example.com>", "Re: Saturday",
"""Hey Jen,

Saturday works for us! We'll bring the potato salad and the folding chairs, and Marcus says he'll bring his speaker if you promise not to play the Eagles again.

Is 3 ok or is that too early? Let me know what else you need.

Greg""",
L("other", None, "low", "Greg Hollis"), date="2025-06-05 18:24")

M("en", "u", "8", "Ahmed Siddiqui <a.siddiqui@example.com>", "Thank you - and sorry for the rant last week",
"""<html><body>
<p>Hi,</p>
<p>Last Tuesday I sent you a pretty angry email when our broadband had been down for three days and my daughter had exams. I stand by being frustrated, but I want to say thank you.</p>
<p>The engineer who came on Thursday (Luis, I think) found the corroded junction box outside, replaced the whole line to the house and explained everything. Speeds have been rock solid since.</p>
<p>No need to reply &ndash; just wanted the team to know.</p>
<p>Best,<br>Ahmed Siddiqui</p>
</body></html>""",
L("other", "thanks", "low", "Ahmed Siddiqui"), html=True, date="2025-09-15 21:06")
