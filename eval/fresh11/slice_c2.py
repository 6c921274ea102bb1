# fresh11 slice c2: hard cases in zh-Hans / zh-Hant / en, written by hand.

# ---------------------------------------------------------------- zh-Hans (20)

# 1 understated electric-blanket scorch, subject says "咨询"
M("zh-Hans", "gbk", "b", "林晓雯 <linxw_0921@163.com>", "咨询一下电热毯温控档位的问题",
"""你好，

想问一下你们家那款双人电热毯（1.8米那个，灰色格子的）温控器上的3档是不是不能整晚开？

是这样，天冷了我就一直开3档睡觉，昨天半夜大概两点多闻到一股像烧塑料的味道，我以为是楼下谁家在烧东西就没管。早上起来收床单的时候发现床单下面靠脚那头有一块巴掌大的地方发黄了，中间有点发黑，摸上去硬硬的。插头和控制器那里也挺烫手的。

我老公说可能就是档位开太高了，应该没什么事，今晚开2档就行。我也觉得应该问题不大，就是想确认一下说明书上写的3档能开多久，我找不到说明书了。

订单号是 RN240112-55807，去年12月买的。

林晓雯
手机 159 6021 3378""",
L("emergency", "safety", "urgent", "林晓雯", "15960213378", None, "RN240112-55807", "explanation"),
date="2025-01-14 07:52")

# 2 grandmother's card used abroad overnight, told calmly
M("zh-Hans", "g18", "8", "何佳 <hejia.sz@qq.com>", "问一下扣款的事",
"""您好，打扰了。

我替我外婆问一下。她的账号是用我手机注册的，会员编号 C2023110417，平时就在你们平台上买点戏票，绑的是她的一张银行卡。

今天早上她给我看手机短信，说银行发了三条消费提醒，都是昨晚凌晨1点到3点之间的，三笔一共是 1,268.40 美元，商户名称都是英文的，地点显示在国外。她这辈子都没出过国，昨天晚上九点就睡了。

短信原文大概是这样的（银行的）：
【XX银行】您尾号6621的卡于01:12境外消费USD 412.80……如有疑问请致电95588。

我打了一下银行电话，银行说是在你们平台上付的款。我也不知道是不是老人家自己不小心点了什么，她说没有。您看能不能帮我们查一下是不是她的账号被别人登了，能先把账号冻结就最好了，钱能不能退回来？

我今天上班，有事打我电话：0086 137 2891 0465

何佳""",
L("emergency", "account_security", "urgent", "何佳", "13728910465", "C2023110417", "", "refund"),
date="2024-11-22 08:41")

# 3 cold-chain fleet monitoring platform down, "probably just display"
M("zh-Hans", "u", "q", "郑国栋 <zhengguodong@xianlian-cold.cn>", "平台今天是不是有点慢？",
"""你们好，

我是鲜链冷运的调度郑国栋，商户号 MCH-2207781。

从今天早上6点左右开始，你们那个温控监控平台上我们14台冷藏车全部显示"离线"，温度曲线一条都刷不出来，报警推送也没收到。我打电话问了两个司机，都说车上冷机在正常转，仪表上显示零下18度左右。所以我估计车应该没事，可能只是平台显示的问题？

不过我们今天有6台车拉的是医院的疫苗和血液制品，按合同要求全程温度记录不能断，到货的时候医院要看温度曲线的，下午1点第一批就要到了，没有记录医院是拒收的。

麻烦帮忙看一下，谢谢。

郑国栋
0755-2688 4410 转 8012""",
L("emergency", "system_outage", "urgent", "郑国栋", "075526884410", "MCH-2207781", "", ""),
date="2025-03-06 07:18")

# 4 "咨询一下" subject, really a service-attitude complaint; quoted mail has after-sales words and hotline
M("zh-Hans", "gbk", "8", "wu_lanlan@126.com", "咨询一下",
"""你好：

我再来问一次。上周五我打你们400电话咨询学习平板的护眼模式怎么设置定时，接电话的那个客服（工号好像是3307）听我说了不到一分钟就说"说明书上都写了，你自己不会看吗"，然后我问第二遍的时候她直接把电话挂了。

我就是一个普通家长，说明书上那一页我看了，写得不清楚才打电话的。我不要你们教我怎么设置了，我已经自己弄好了。我想知道你们客服是怎么培训的？这种态度我觉得至少应该给我一个道歉。

订单号：XT2024082300915

吴女士

在 2024-09-06 10:30:00，"小童星客服" <service@xiaotongxing.com> 写道：
> 尊敬的用户您好，感谢您的来信。如需售后维修、退货、换货，请登录APP提交申请；
> 如需投诉请拨打客服热线 400-828-6600，我们将在24小时内处理。
> 紧急情况请注明"紧急"。
> 小童星客服中心""",
L("complaint", "service_attitude", "normal", "吴女士", None, None, "XT2024082300915", "apology explanation"),
date="2024-09-09 21:05")

# 5 aligner complaint, third mail, threatens 12315 and exposure
M("zh-Hans", "u", "b", "陈薇薇 <vivian.chen88@gmail.com>", "第三次了！！！牙套的问题到底有没有人管",
"""这是我第三次发邮件了，前两次都是自动回复，电话打过去永远在排队。

我在你们这做的隐形矫正，疗程订单 ZY20240315-0421，一共28副，现在戴到第5副。第4副戴了三天就在左边虎牙那里裂了一道缝，我以为是我自己咬坏的，忍了。结果第5副刚戴两天又在同一个位置裂了，裂口很锋利，把牙龈划破了，这两天刷牙都出血。

同一个位置连续裂两副，这不是质量问题是什么？你们医生在群里只会说"正常现象多喝水"。

我的要求：
1. 给我一个书面解释，为什么同一个位置反复裂；
2. 剩下的牙套重新做，做不了就退剩下疗程的钱；
3. 道歉。

48小时内没有正式答复，我就直接打12315投诉，顺便把照片和聊天记录发小红书曝光，大家都看看。

薇薇
186 0213 6677""",
L("complaint", "product_quality", "urgent", "陈薇薇", "18602136677", None, "ZY20240315-0421", "explanation refund apology"),
date="2024-07-19 23:47")

# 6 annoyed return request, quoted agent reply full of complaint / urgent words
M("zh-Hans", "g18", "q", "钱磊 <qianlei_0518@163.com>", "Re: 关于您的投诉处理进度",
"""你们这个标题写的"投诉"，我从来没投诉过，我就是要退货，能不能别乱归类。

再说一遍：学习平板是11月9号收到的，订单号 XT2024110900288，没拆膜没激活（开机看了一眼），孩子学校统一发了平板用不上了，就想七天无理由退掉。

第一次客服说要拍开箱视频，我拍了；第二次又说要拍包装盒六个面，我也拍了；今天又让我拍机身背面的序列号。我真的是服了，一次性说清楚要什么很难吗？

照片全在附件里。麻烦把退货单号给我，钱原路退回。

钱磊
152-1078-3346

在 2024-11-14 16:02:11，"小童星客服" <service@xiaotongxing.com> 写道：
> 钱先生您好，您的投诉我们已记录，已升级至紧急处理通道。
> 请补充机身背面序列号照片，以便我们尽快为您处理。
> 如有疑问请致电 400-828-6600。""",
L("after_sales", "return", "normal", "钱磊", "15210783346", None, "XT2024110900288", "return refund"),
date="2024-11-14 18:30")

# 7 print shop's printer down, bid due at 3 pm
M("zh-Hans", "gbk", "8", "马建军 <mjj_tuwen@163.com>", "打印机又报E-302了",
"""你好，我是金水区宏达图文快印的老马，客户编号 C20230618044。

去年在你们这买的那台彩色复合机（机身编号 KP7720A09931），今天上午10点开始一直卡纸报 E-302，纸盒换了、纸也换了、断电重启了三次，一打就卡，现在整个店只能靠一台小黑白机撑着。

关键是今天有个客户的投标文件，三百多页彩印加装订，下午3点之前必须送到招标中心，过了就作废。上次来修的王师傅电话 135****2871 打了没人接。

能不能马上派人过来？或者告诉我现在能怎么处理。打我手机，别打店里座机，店里吵听不见。

马建军
手机：139 3712 0085""",
L("after_sales", "repair", "urgent", "马建军", "13937120085", "C20230618044", "", "repair callback"),
date="2025-04-17 10:46")

# 8 calm question about a double charge; invoice number trap
M("zh-Hans", "u", "8", "杨帆 <yangfan@bohai-trade.com>", "关于本月扣费",
"""您好，

我们公司用的是你们的云财务标准版，企业编号 C2022031500087。

这个月对公账户上看到两笔扣款，都是1,980元，一笔是3号，一笔是5号。第一笔对应订单号 2024-1108-77310，应该是年费续费；第二笔我在后台没找到对应的订单，只收到一张电子发票，发票号码 04400231。

想问一下第二笔是什么费用？是不是之前同事点了增购账套？如果是重复扣款的话麻烦告诉我们怎么处理。不着急，月底对账前弄清楚就行。

谢谢！

杨帆（财务部）
渤海通达贸易有限公司""",
L("inquiry", "billing", "normal", "杨帆", None, "C2022031500087", "2024-1108-77310", "explanation"),
date="2024-11-12 14:20")

# 9 calm logistics question, tracking number trap, GB2312
M("zh-Hans", "gb", "8", "孙志强 <sunzq_auto@sina.com>", "配件发货问一下",
"""你好，

我们上周订了两台冷藏车用的温控主机和一套蒸发器风机，订单号 PJ-240617-003，你们发的顺丰，单号 SF1409822361570。

查了三天物流一直停在"已揽收"，没有更新。想问一下是不是其实还在仓库没发出去？我们这边不是特别急，车下周才进厂改装，就是想心里有个数。

孙工（孙志强）
+86 186 0531 7729""",
L("inquiry", "logistics", "normal", "孙志强", "18605317729", None, "PJ-240617-003", ""),
date="2024-06-24 09:33")

# 10 suggestion that sounds like a complaint
M("zh-Hans", "u", "b", "胡悦 <huyue@xinghe-acc.cn>", "每个月导凭证真的很折磨",
"""你们好，

说实话这个功能用得挺憋屈的。我们代账公司一个人管四十多家小企业的账，每到月底要导出凭证给客户，你们的系统只能一个账套一个账套点进去，选月份、点导出、选格式、再点确定，四十多家点下来一个下午就没了，手都点酸了。

先声明不是投诉啊，系统本身挺稳定的，没出过什么错。就是想提个建议：
1. 能不能加一个批量导出，勾选多个账套一次导；
2. 导出格式能记住上次的选择；
3. 有快捷键就更好了。

我身边好几个同行也都在说这个，希望产品经理能看到。

胡悦
星禾财税""",
L("suggestion", "feature_request", "low", "胡悦", None, None, "", ""),
date="2025-02-27 17:05")

# 11 thanks that recalls an old problem; technician's full number is a trap
M("zh-Hans", "gbk", "8", "赵桂芬 <zgf19560311@163.com>", "谢谢你们的小刘师傅",
"""客服你好：

我是上个月那个电热毯控制器坏了的老太太，打过好几次电话，那时候着急说话有点冲，不好意思。

后来你们派了小刘师傅上门，他电话是 138 0371 5526，人特别好，下雨天骑电动车过来的，换了个新控制器还教我怎么用定时，临走还帮我把插线板理了一下。现在用了快一个月了，一点问题都没有，暖和得很。

我不会写表扬信，就写几句，麻烦你们转告他领导，给他表扬一下。

赵阿姨 赵桂芬""",
L("other", "thanks", "low", "赵桂芬", None, None, "", ""),
date="2024-12-28 15:12")

# 12 calm order-status question about a refrigerated truck
M("zh-Hans", "u", "8", "蒋文 <jiangwen@xianda-fresh.com>", "冷藏车交车时间确认",
"""你好，

我们是苏州鲜达生鲜，1月7号跟你们签的两台4.2米冷藏车（带分温仓），订单号 LCK250107-02。

当时销售说大概45天交车，现在快到日子了，想确认一下：
1. 车现在是在改装厂还是已经做完了？
2. 大概哪天能提车，我们好提前约车管所上牌；
3. 保险是你们代办还是我们自己买？

不急，就是要排一下春季的配送计划。谢谢。

采购部 蒋文
0512-6252 8890""",
L("inquiry", "order_status", "normal", "蒋文", "051262528890", None, "LCK250107-02", ""),
date="2025-02-18 11:02")

# 13 job application
M("zh-Hans", "u", "8", "黄思琪 <huangsiqi_hr@163.com>", "应聘客服专员-黄思琪-两年电商客服经验",
"""您好！

在招聘网站上看到贵公司招聘售后客服专员，冒昧投递简历。

我叫黄思琪，2022年毕业于郑州商学院市场营销专业，之后在一家家电电商公司做了两年售后客服，主要处理退换货和投诉工单，月均处理工单800单左右，满意度一直在98%以上。熟悉工单系统和常用办公软件，普通话标准，能接受轮班。

简历附在附件里，期待您的回复。

黄思琪
电话：177 5602 1183""",
L("other", None, "low", "黄思琪", "17756021183", None, "", ""),
date="2024-08-05 10:15")

# 14 concert tonight, tickets still not transferred
M("zh-Hans", "u", "q", "许晨阳 <xcy_1999@foxmail.com>", "票呢？？今晚的演唱会",
"""你们说下单后24小时内出票，我是4月9号付的钱，今天都12号了，票还没转到我账户。

订单 T250412883016 —— 不对，这是你们系统后来给我改的号，原来的是 T250409120557，两个号我都贴上，你们自己查。卖家ID 99201，App上显示"出票中"显示了三天。

演唱会就是今天晚上7点半，我人已经在去体育馆的高铁上了。客服在线上只会说"正在催促卖家"。

要么下午2点前把票转给我，要么全额退款再给赔偿，我另外订的酒店和高铁也是钱。

许晨阳 +86 135 0026 4471""",
L("complaint", "delivery_delay", "urgent", "许晨阳", "13500264471", None, "T250412883016 T250409120557", "refund compensation"),
date="2025-04-12 10:38")

# 15 festival cancelled, annoyed refund request
M("zh-Hans", "gbk", "b", "鹿鸣 <luming.lm@163.com>", "音乐节取消了，退款",
"""主办方一周前就官宣取消了，你们平台到现在连个通知都没有，App上票还显示"有效"。

订单号 No.20250503-A-7719，两张双日通票，一共1,360元。

麻烦直接原路退款，不要给我退成平台优惠券，我不会再用了。

鹿鸣""",
L("after_sales", "refund", "normal", "鹿鸣", None, None, "20250503-A-7719", "refund"),
date="2025-05-10 22:16")

# 16 terse product-info question with negation
M("zh-Hans", "u", "8", "tangtang0707@qq.com", "牙套",
"""戴着隐形牙套能喝美式吗？不加糖不加奶的那种。不是投诉哈，就问问。""",
L("inquiry", "product_info", "low", None, None, None, "", ""),
date="2024-10-08 08:12")

# 17 very long rambling mail, warranty request buried, negation of smoke
M("zh-Hans", "g18", "b", "于海燕 <yuhaiyan_hrb@126.com>", "说说我妈的电热毯",
"""客服你好，

我也不知道该找谁，就先写到这个邮箱了，可能有点啰嗦，见谅。

我妈今年七十三了，一个人住在哈尔滨道里区的老房子里，那房子是八十年代的，暖气一直不太好，物业说了好几年要改管子一直没改。我和我弟都在南方工作，一年就回去两次，每年冬天最担心的就是她冷。前年给她买过一个小太阳，她嫌费电不用；去年又买了个油汀，她嫌太占地方塞柜子里了。后来我同事推荐你们家的电热毯，说有定时还有过热保护，我想着这个她总能用吧，就在你们官网下单买了一条单人的寄过去。

说实话她用得挺好的，每天晚上八点多开，睡前关，还跟她楼下的老姐妹推荐了，人家也买了一条。她说比暖气管用，我听着也放心。

上上周我弟回去看她，说她晚上穿着两件毛衣睡觉，问她怎么不开电热毯，她说"坏了，不热了，不想给你们添麻烦"。我弟看了一下，控制器上的指示灯不亮了，插头插上去什么反应都没有，换了插座也不行。他仔细看了，没有冒烟也没有糊味，毯子本身也好好的，就是控制器不工作了。

我查了一下订单，是去年2月买的，到现在十个月，说明书上写的保修是两年。订单号 E-DR-240122-3305。想问一下能不能走保修给换个控制器？控制器能单独寄过去吗，还是要把整条毯子寄回去？老太太一个人去寄快递不方便，最好是能上门取件。

哈尔滨现在晚上零下二十多度，她又倔，不肯去我弟那住，所以希望能快一点。

麻烦了，谢谢你们。

于海燕
电话：１３９４６０１２２７８""",
L("after_sales", "warranty", "normal", "于海燕", "13946012278", None, "E-DR-240122-3305", "repair"),
date="2024-12-09 20:41")

# 18 forward of her own earlier mail: wrong toner delivered; colleague's number is a trap
M("zh-Hans", "u", "8", "周婷 <zhouting@hengxin-law.com>", "转发: 硒鼓型号发错了",
"""你好，之前这封发到你们销售个人邮箱了，他说让我转到这里，麻烦处理一下。

另外补充一句：这批硒鼓我们下周一开庭前要用，现在办公室三台打印机有两台在闪缺粉灯。收货的是我同事小陈（186 2177 4039），但后续请联系我。

周婷
行政部
021-6478 3390 转 216

-------- 转发的邮件 --------
发件人: 周婷 <zhouting@hengxin-law.com>
发送时间: 2024年9月18日 16:22
收件人: 李经理 <lijl@kejie-office.com>
主题: 硒鼓型号发错了

李经理您好，

我们9月17日下的采购单 PO2024-0917-A，订的是12盒88A硒鼓，今天到货拆开一看全部是78A，我们的机器装不上。包装箱外面贴的标签写的是88A，里面的东西是78A，应该是仓库装错了。

请尽快安排换货，错发的12盒我们原封不动放着，你们来取。

周婷""",
L("complaint", "wrong_item", "normal", "周婷", "02164783390", None, "PO2024-0917-A", "exchange"),
date="2024-09-20 09:05")

# 19 abnormal login on accounting SaaS, quoted system notice
M("zh-Hans", "gbk", "q", "刘敏 <liumin_kj@163.com>", "Re: 【安全提醒】您的账号在新设备登录",
"""你好，

下面这个提醒是今天凌晨3点17分发给我的，乌鲁木齐，不是我们登录的，我们公司就在南京，全公司就我和出纳两个人有账号，我们俩昨晚都在家睡觉。

我刚才登进去看了一下，"收款银行账户"那一栏被改成了一个我不认识的账户，还多了一张今天要付款的供应商付款单，金额38万，审批流显示"待出纳确认"。我已经让出纳先别点任何东西。

客户编号 C20220908311。麻烦马上帮我们把这个账号冻结，给我回个电话。

刘会计 刘敏
0086-189-1102-5536

> 【安全提醒】尊敬的用户，您的账号于 2025-03-21 03:17 在新设备（乌鲁木齐）登录。
> 如非本人操作，请立即修改密码或致电 400-690-1188。""",
L("emergency", "account_security", "urgent", "刘敏", "18911025536", "C20220908311", "", "callback"),
date="2025-03-21 07:26")

# 20 misdirected mail meant for a teacher
M("zh-Hans", "u", "8", "陈静 <chenjing_lele@163.com>", "王老师，乐乐明天请假一天",
"""王老师您好！

乐乐昨晚开始有点发烧，今天上午去医院看了，说是流感，医生建议在家休息两天。明天（周四）就先请一天假，周五看情况再跟您说。

这两天的作业我会让她在家补上，麻烦您有空的时候把数学练习册要做的页码发我一下。

谢谢王老师！

乐乐妈妈 陈静""",
L("other", None, "low", "陈静", None, None, "", ""),
date="2024-12-04 12:30")

# ---------------------------------------------------------------- zh-Hant (12)

# 21 dental clinic: booking SaaS down, patients waiting, "怪怪的"
M("zh-Hant", "b5", "b", "李佩珊 <peishan.li@qingguang-dental.tw>", "系統怪怪的",
"""您好，

我是晴光牙醫診所的櫃台李佩珊，客戶編號 C20231120058。

今天早上八點半開診到現在，你們的診所管理系統一直登不進去，輸入帳密之後就一直轉圈圈，三台電腦都一樣，換了手機熱點也一樣。可能是我們這邊網路怪怪的？但是我們其他網站都打得開。

現在掛號、叫號、看病歷、結帳全部不能用，候診區已經坐了十幾位病人，醫師沒有病歷也不敢動手，只能先手寫。十點還有兩位要做植牙的。

麻煩盡快幫忙看一下，可以打診所電話給我。

李佩珊
+886 (0)2 2567-3301""",
L("emergency", "system_outage", "urgent", "李佩珊", "0225673301", "C20231120058", "", "callback"),
date="2024-10-15 09:12")

# 22 refrigerated truck unit broke, goods must reach supermarket by 5 pm
M("zh-Hant", "b5", "8", "陳志明 <chen.chihming@fengtian-food.com.tw>", "冷凍機不冷",
"""您好，

我們是豐田食品，去年跟你們買的3.5噸冷藏車（訂單 TRK-1907-22，車牌 KLB-3375），車上的冷凍機組今天中午開始就不冷了，風扇有在轉，但是溫度從零下18度一路升到現在12度，面板上跳一個 HP 的代碼。

車上是要送到家樂福的冷凍水餃跟湯圓，下午五點前一定要到，超過時間對方就拒收，而且溫度再升上去整車都要報廢。

司機現在停在新莊的休息站，請問附近有沒有你們的維修站可以馬上過去？或是派人過來也可以。還在保固期內。

志明
0933-218-776""",
L("after_sales", "repair", "urgent", "陳志明", "0933218776", None, "TRK-1907-22", "repair"),
date="2025-07-08 13:25")

# 23 HK: extra service fee on resale tickets, dissatisfied
M("zh-Hant", "u", "8", "Mrs Wong <wongtaitai.hk@yahoo.com.hk>", "你哋嘅服務費點計？",
"""你好，

我喺你哋平台買咗兩張紅館演唱會飛，訂單 HKT-88213-B。揀飛嗰陣顯示每張 HK$880，兩張 HK$1,760，我咪照俾囉。

點知信用卡月結單出嚟扣咗 HK$1,940，多咗 HK$180。我翻查封確認電郵先見到細細隻字寫住「平台服務費」，成個付款流程完全冇顯示過。你哋咁樣收錢同搶錢有咩分別？

我要你哋解釋點解之前唔顯示，同埋將呢 HK$180 退返俾我。

黃太
+852 6123 8870""",
L("complaint", "billing", "normal", "黃太", "61238870", None, "HKT-88213-B", "explanation refund"),
date="2024-08-26 20:14")

# 24 Taiwan: calm order-status question on next aligner batch
M("zh-Hant", "b5", "q", "張雅婷 <yating.chang@gmail.com>", "請問下一批牙套",
"""您好，

我的療程訂單編號是 AL-TW-240088，目前戴到第12副，醫師說第13到第20副會一起寄過來。

第12副我下週三就要換了，想請問下一批現在是在製作中還是已經寄出了？如果有物流單號也麻煩告訴我，謝謝。

張雅婷
+886 (0)912-556-031""",
L("inquiry", "order_status", "normal", "張雅婷", "0912556031", None, "AL-TW-240088", ""),
date="2024-05-29 12:48")

# 25 HK printer: suggestion that sounds like a complaint
M("zh-Hant", "u", "8", "劉家豪 <kenneth.lau@pinecrest-design.hk>", "碳粉又無咗",
"""Hi，

唔係投訴呀，你哋部機其實好好用。只係想講：部 printer 每次都係碳粉已經用晒先至彈「碳粉不足」，之前完全冇預警，我哋成日印到一半先發現要換，又要搵人落樓買。

建議：
- 剩返 15% 左右就 email 通知 admin；
- 或者喺 app 度顯示大概仲可以印幾多張。

其他 office 嘅朋友都話有同樣問題，希望你哋考慮下。

家豪
Pinecrest Design""",
L("suggestion", "feedback", "low", "劉家豪", None, None, "", ""),
date="2025-01-22 16:40")

# 26 HTML-only thanks recalling a broken tablet screen; store phone trap
M("zh-Hant", "u", "b", "林怡君 <yijun.lin0315@gmail.com>", "謝謝信義門市",
"""<html><body>
<div>您好：</div>
<p>上個月我兒子把學習平板摔到地上，螢幕整片裂開，我那時候很慌，因為他每天晚上要用來上英文課。</p>
<p>拿去信義門市（門市電話 (02) 2711-8830）之後，店員不但幫我查到還在保固內、免費換了螢幕，還借了一台備用機讓孩子先用，三天就修好了。我一直想寫信謝謝，拖到現在才寫&hellip;</p>
<p>真的很謝謝你們，也請幫我謝謝那位綁馬尾的小姐。</p>
<p>林媽媽&nbsp;林怡君</p>
</body></html>""",
L("other", "thanks", "low", "林怡君", None, None, "", ""),
html=True, date="2025-03-02 22:05")

# 27 HK: one side of blanket cold, explicit no smoke, wants exchange
M("zh-Hant", "b5", "q", "何志強 <hochikeung@netvigator.com>", "電熱毯換貨",
"""你好，

上星期收到的雙人雙控電熱毯（訂單 EB-HK-20241219-07），我太太那邊的控制器開到最大都唔熱，我這邊正常。冇冒煙，冇燒焦味，也冇跳掣，只是一邊不熱。

已經試過兩邊控制器對調，問題跟著毯子那一邊，所以應該是毯子本身的問題。

請安排換一條新的，最好上門換，舊的我會包好。

何生（何志強）
9736 4410""",
L("after_sales", "exchange", "normal", "何志強", "97364410", None, "EB-HK-20241219-07", "exchange"),
date="2024-12-27 10:20")

# 28 HK: repeated rude staff complaint, threatens Consumer Council and newspapers
M("zh-Hant", "u", "b", "張詠詩 <cheungwingsze@gmail.com>", "第三次投訴 旺角分店職員態度",
"""我已經係第三次寫信嚟，頭兩次你哋只係回覆「已轉交相關部門」，之後就冇下文。

重溫一次：10月5號我帶個仔去旺角分店問學習平板點解成日自動關機，個男職員一開口就話「你個仔玩爛咗咪話部機有問題」，我叫佢檢查吓，佢話「唔得閒」，轉身同同事傾偈。我個仔喺隔籬聽住喊咗出嚟。

我唔係要換機，部機我已經自己送咗去維修。我要嘅係：
1. 書面道歉；
2. 交代點處理嗰位職員；
3. 合理賠償我兩次白行嘅時間。

如果今個禮拜五之前再冇正式回覆，我會直接去消委會投訴，同埋將成件事連埋錄音交俾報館。

Ms Cheung 張詠詩
+852 5302 7719""",
L("complaint", "service_attitude", "urgent", "張詠詩", "53027719", None, "", "apology compensation"),
date="2024-10-21 08:55")

# 29 Taiwan: swelling tablet battery, "應該沒事吧"
M("zh-Hant", "b5", "8", "吳建宏 <wu.jianhong@hotmail.com>", "平板背蓋有點翹起來",
"""您好，

想請問一下，我女兒的兒童平板這兩天背蓋靠充電孔那邊有點翹起來，螢幕左下角也浮起來一點點，摸起來比平常熱，充電的時候更燙。

應該沒事吧？她現在還在用，我是想說如果要換的話，可以直接寄回去換一台嗎？還是要先去門市檢查？

吳建宏
0921-337-508""",
L("emergency", "safety", "urgent", "吳建宏", "0921337508", None, "", "exchange"),
date="2025-06-11 19:33")

# 30 Taiwan: terse how-to question
M("zh-Hant", "u", "8", "Amy Hsu <amyhsu.tw@gmail.com>", "電子發票",
"""請問電子發票要怎麼設定成開立後自動寄給客戶？找半天找不到在哪裡。謝謝。

Amy""",
L("inquiry", "how_to", "low", "Amy Hsu", None, None, "", ""),
date="2024-09-03 15:11")

# 31 Traditional Chinese spam
M("zh-Hant", "b5", "b", "王志遠 <service@topseo-rank.com.tw>", "貴公司官網 Google 排名免費健檢",
"""負責人您好：

我們是頂尖網路行銷，專注 Google 關鍵字排名優化十年，服務超過三千家中小企業。

我們注意到貴公司官網在「兒童平板」、「學習平板」等關鍵字的搜尋排名不在前三頁，每個月可能流失上百筆訂單。現在申請免費健檢，即可獲得：
★ 完整網站 SEO 診斷報告
★ 競爭對手關鍵字分析
★ 首月優化費用八折

名額有限，歡迎回信或來電洽詢。

業務經理 王志遠
頂尖網路行銷有限公司
(02) 2345-6789""",
L("other", None, "low", "王志遠", None, None, "", ""),
date="2024-07-02 10:00")

# 32 Taiwan printer installation; quoted agent reply has urgent/outage words and a hotline
M("zh-Hant", "u", "8", "鄭宇翔 <yuxiang.zheng@hongyu-arch.com.tw>", "Re: 【緊急公告】系統異常維護通知",
"""您好，

我不是要回這個公告，是剛好找到你們的信箱就直接回了，抱歉。

我們上週訂的兩台 A3 彩色多功能事務機已經送到了（訂單 PR-1130-4482），可是送貨師傅只把機器搬進來就走了，說安裝要另外約。想約時間請你們派人來安裝，順便幫我們設定網路列印和掃描到資料夾，辦公室二十幾台電腦要連。

下週一到週三下午都可以。

鄭宇翔
宏宇建築師事務所
(02)8792-6610 分機 23

-----Original Message-----
From: 客服中心 <service@kejie-office.com.tw>
Sent: Monday, December 2, 2024 9:00 AM
Subject: 【緊急公告】系統異常維護通知

親愛的客戶您好：
本公司客服系統將於 12/3 凌晨 1:00-5:00 進行緊急維護，期間線上報修功能暫停。
如有緊急狀況請撥打 0800-233-168。""",
L("after_sales", "installation", "normal", "鄭宇翔", "0287926610", None, "PR-1130-4482", ""),
date="2024-12-04 11:47")

# ---------------------------------------------------------------- en (18)

# 33 misleading subject, radiator scorching wallpaper "probably fine"
M("en", "a", "7", "Gareth Pryce <g.pryce64@btinternet.com>", "Re: Thanks for your purchase!",
"""Hi there,

Just replying to this as it's the only email I have from you.

Quick question about the 2kW oil-filled radiator (order RAD-55102). It's been running in the back bedroom most of the week. This morning I noticed the wallpaper directly behind it has gone a sort of toasted brown in a strip about a foot long and there's a hot, slightly burnt smell when you lean in. The plug was very warm to the touch too.

It's an old house and the wallpaper is ancient so it's probably fine, but is there a minimum distance it's supposed to be from the wall? I've left it on low for now because my mum is staying in that room.

Cheers,
Gareth
07912 448 310

> Thanks for your purchase!
> Your order #RAD-55102 has been dispatched. Questions? Call us on 0800 123 456.""",
L("emergency", "safety", "urgent", "Gareth Pryce", "07912448310", None, "RAD-55102", "explanation"),
date="2024-11-29 08:15")

# 34 ticket account hijacked
M("en", "u", "q", "Priya Raman <priya.raman.sh@gmail.com>", "my tickets are listed for sale and I didn't do it",
"""Hello,

I just got a notification that my 2 tickets for the Coldplay show (order TX-0098-4471-Q) have been "listed for resale" at a price I never set. I did not list them. When I tried to log in to remove the listing my password didn't work, and the reset email went to an address that isn't mine — somebody changed the email on my account last night.

The show is on Saturday and I'm worried they'll be sold before I can do anything. Please lock the account and take the listing down. Call me any time today.

Priya Raman
+86 139 1640 2287""",
L("emergency", "account_security", "urgent", "Priya Raman", "13916402287", None, "TX-0098-4471-Q", "callback"),
date="2025-05-14 07:02")

# 35 terse one-liner API outage
M("en", "a", "7", "Sam Okafor <sam@harbourbooks.io>", "invoices API 500",
"""All POST /v2/invoices calls returning 500 since 09:10, every client. Payroll export runs at 14:00. Merchant ID MID-30917.

-- Sam Okafor, Harbour Books""",
L("emergency", "system_outage", "urgent", "Sam Okafor", None, "MID-30917", "", ""),
date="2025-01-31 09:34")

# 36 aligner quality complaint, not escalated
M("en", "u", "8", "Mei Ling Tan <meiling.tan@outlook.com>", "Trays cracking",
"""Hello,

I'm on tray 3 of my treatment (order ALN/2024/11/0932) and it has cracked along the back molar after only two days. Tray 2 also split in the same place but I thought I'd bitten down wrong. I clean them exactly as your leaflet says, no hot water, and I take them out to eat.

Honestly I'm quite disappointed, for the price I paid I expected them to last the full two weeks. I'd like someone to explain why this keeps happening and to send a replacement for tray 3.

Thank you,
Mei Ling""",
L("complaint", "product_quality", "normal", "Mei Ling Tan", None, None, "ALN/2024/11/0932", "explanation exchange"),
date="2024-12-03 21:40")

# 37 refrigerated truck body delayed 7 weeks, repeated, lawyer; agent phone trap in quote
M("en", "u", "8", "Daniel Whitcombe <d.whitcombe@northvale-foods.co.uk>", "FW: delivery date - FINAL",
"""This is the fourth time I'm writing about purchase order 44817-RT.

We ordered two refrigerated truck bodies in March with a confirmed delivery of 6 May. It's now 24 June. Seven weeks late, three "new" dates given and missed, and nobody has called me back once, despite your own reply below promising a call "within 24 hours".

We have had to hire reefer trucks at GBP 410 a day each to keep our supermarket contracts going. I'm keeping every invoice.

If I don't have a firm delivery date and a proposal for compensation by Friday, this goes to our solicitor.

Daniel Whitcombe
Operations Director, Northvale Foods
0161 496 0732

-----Original Message-----
From: Customer Care <care@arcticbody.com>
Sent: 10 June 2025 15:02
To: Daniel Whitcombe
Subject: RE: delivery date

Dear Daniel, thank you for your patience. Your complaint has been escalated and our account manager Jason (07700 900 614) will call you within 24 hours.""",
L("complaint", "delivery_delay", "urgent", "Daniel Whitcombe", "01614960732", None, "44817-RT", "compensation explanation"),
date="2025-06-24 10:12")

# 38 annoyed refund request; agent quote full of complaint words
M("en", "u", "8", "Tom Brennan <tombrennan77@gmail.com>", "Re: Your complaint #C-99120 has been escalated",
"""I didn't make a complaint. I asked for a refund. Please read what I write.

The match was moved from Saturday 19th to Wednesday 23rd. I work Wednesdays. Your own policy page says "If an event is rescheduled, buyers may request a full refund within 14 days". It's been 3 days. Order ETK5521093, 2 tickets, £148.

Refund to my card please. That's it.

Tom

On Tue, 15 Apr 2025 at 11:20, Support <support@ticketloop.com> wrote:
> Hi Tom, we're sorry to hear about your complaint. Your complaint has been
> escalated to our Customer Relations team, who will review your case.
> For urgent complaints call 0800 048 2210.""",
L("after_sales", "refund", "normal", "Tom Brennan", None, None, "ETK5521093", "refund"),
date="2025-04-15 12:03")

# 39 sarcastic warranty repair request, ISO-8859-1
M("en", "l1", "q", "Fiona McAllister <fiona@mcallister-cafe.ie>", "printer warranty",
"""Hello,

Congratulations, your "business-grade" laser printer has lasted thirteen whole months. It now grinds, shows error 0x7B and prints nothing. The warranty card says 24 months, so I assume this is covered.

Order 100-2293-4417, serial PX9-004418 (in case you need it). We're a small café and use it for menus and invoices, not urgent-urgent, we can survive a week on the old inkjet.

Please tell me how to get it repaired under warranty. Collection would be ideal.

Regards,
Fiona McAllister
Café Brónach, Galway""",
L("after_sales", "warranty", "normal", "Fiona McAllister", None, None, "100-2293-4417", "repair"),
date="2024-10-02 14:27")

# 40 HTML-only kids tablet return
M("en", "u", "8", "Rachel Kim <rachel.kim.nyc@gmail.com>", "Returning the KidTab",
"""<html><head><meta charset="utf-8"></head><body>
<div>Hi,</div>
<div><br></div>
<div>I&#39;d like to return the KidTab 8 we bought on the 2nd (Order: KT-77-20931). There&#39;s nothing wrong with it &ndash; my son just got one from his grandparents for his birthday, so now we have two &amp; it&#39;s still sealed.</div>
<div><br></div>
<div>Could you send me a return label and let me know when the refund will show up? I&#39;ve been trying to find the returns form on your site for twenty minutes&nbsp;&ndash; why is it so hidden?</div>
<div><br></div>
<div>Thanks,<br>Rachel</div>
</body></html>""",
L("after_sales", "return", "normal", "Rachel Kim", None, None, "KT-77-20931", "return refund"),
html=True, date="2024-06-09 16:44")

# 41 calm charge question, tax-id trap, base64
M("en", "u", "b", "Jun Wei Lim <junwei.lim@brightleaf-trading.com>", "Question about this month's bill",
"""Hi team,

Our plan is the Growth plan at USD 49/month (customer ID C20240219007). This month's charge was USD 61. Looking at the breakdown there's an extra line "Additional seat x1 - USD 12".

I don't remember adding a user. Could you tell me who was added and when? If it was one of my colleagues that's fine, I just need to know for our records. Our company tax ID is 91310115MA1K4RQX2B if that helps locate the account.

Thanks,
Jun Wei""",
L("inquiry", "billing", "normal", "Jun Wei Lim", None, "C20240219007", "", "explanation"),
date="2024-08-07 10:31")

# 42 calm shipping question, UPS tracking trap
M("en", "u", "8", "Ahmed Farouk <a.farouk@gulfcoldchain.com>", "where is our shipment",
"""Hello,

We ordered 4 replacement evaporator fans and a controller for our reefer trailers (sales order SO-2409-118A). Your warehouse emailed a tracking number 1Z999AA10123456784 on Monday but the carrier site still shows "label created".

Can you check if it actually left your warehouse? No big rush, just planning the maintenance day.

Thanks and regards,
Ahmed Farouk
Fleet maintenance, Shanghai office
021-5080 3312""",
L("inquiry", "logistics", "normal", "Ahmed Farouk", "02150803312", None, "SO-2409-118A", ""),
date="2024-09-25 11:20")

# 43 general policy question, no order
M("en", "a", "7", "chloe.b99@gmail.com", "reselling question",
"""hi, quick one - can I list tickets on your site that I originally bought on another site? and whats the seller fee, is it a flat % or does it depend on the event? thx

Chloe""",
L("inquiry", "policy", "low", "Chloe", None, None, "", ""),
date="2025-02-03 23:58")

# 44 feature request that sounds like a complaint
M("en", "u", "q", "Marcus Bell <marcus.bell@fastmail.com>", "Parental controls are frankly ridiculous",
"""Hi,

It's frankly ridiculous that in 2024 the only way to set screen time on the KidTab is one daily total for the whole device. My daughter burns her whole hour on a cartoon app before she even opens the reading app her school uses.

To be clear, the tablet works fine and she loves it, I'm not asking for anything back. But please, please add per-app time limits, and ideally a "homework apps don't count" list. Also a weekend schedule would be nice.

Every other parent in my WhatsApp group says the same thing.

Marcus""",
L("suggestion", "feature_request", "low", "Marcus Bell", None, None, "", ""),
date="2024-10-27 20:10")

# 45 aligner app feedback, base64
M("en", "u", "b", "Hannah Ortiz <hannah.ortiz@icloud.com>", "Feedback on the reminder notifications",
"""Hi,

Overall the treatment is going great, nothing wrong with the trays. A bit of feedback on the app though: the "time to put your aligners back in" reminders come every 30 minutes after a meal, even when I've already put them back in and tapped "done". It's a lot, especially at work.

Maybe the reminder could stop once I confirm, or let me set the interval myself? Also a quiet-hours setting would help.

Best,
Hannah Ortiz""",
L("suggestion", "feedback", "low", "Hannah Ortiz", None, None, "", ""),
date="2025-03-18 13:45")

# 46 auto-reply with colleague phone trap
M("en", "a", "7", "Linda Zhou <linda.zhou@merrow-partners.com>", "Automatic reply: Your ticket #558201 has been updated",
"""Thank you for your email. I am out of the office from 23 December to 2 January with limited access to email.

For anything urgent please contact my colleague Peter Sandoval on 0161 496 0955 or accounts@merrow-partners.com.

Kind regards,
Linda Zhou""",
L("other", None, "low", "Linda Zhou", None, None, "", ""),
date="2024-12-23 09:00", extra=[("Auto-Submitted", "auto-replied")])

# 47 HTML-only: thanks plus a concrete suggestion
M("en", "u", "q", "Grace Liu <grace.liu@lumenpath.com>", "Thanks for fixing the printer last week",
"""<html><body>
<p>Hi,</p>
<p>Just wanted to say the engineer who came out last Tuesday was great &mdash; our big MFP had been jamming for a week before that and he sorted it in half an hour, and it&rsquo;s been fine since.</p>
<p>One suggestion though: we had no idea when he&rsquo;d arrive and someone had to wait by reception all morning. An SMS or email with an ETA when the engineer sets off would make a real difference for offices like ours. Even a 30-minute window would help.</p>
<p>Thanks again,<br>Grace Liu<br>Office Manager, Lumenpath</p>
</body></html>""",
L("suggestion", "feedback", "low", "Grace Liu", None, None, "", ""),
html=True, date="2025-04-08 15:30")

# 48 non-native English, wrong size blanket, ISO-8859-1
M("en", "l1", "8", "Jürgen Hoffmann <j.hoffmann@posteo.de>", "wrong blanket size",
"""Good day,

I have ordered the electric under-blanket in King size (150 x 200 cm), order number EB-70331. Today arrived the package and inside is the Single size (80 x 150 cm). On the box outside is written King, but inside is Single. This is not what I have paid.

I am not happy that I must now again wait, it is cold already. Please send me the correct King size and tell me how I give back the wrong one.

With kind regards
Jürgen Hoffmann""",
L("complaint", "wrong_item", "normal", "Jürgen Hoffmann", None, None, "EB-70331", "exchange"),
date="2024-11-15 18:22")

# 49 online shop checkout failing for everyone, described as "weird"
M("en", "u", "8", "Bella Reyes <bella@littlefern.shop>", "something weird with checkout?",
"""Hey,

Something weird going on and it's probably something I did in settings, but since about 11 this morning nobody can pay on my shop. Customers get to the payment page, enter their card, and it just spins and then says "Payment could not be processed". I've had six messages from customers about it and zero orders since 11, normally I'd have 30+ by now. Tried it myself with two different cards, same thing.

Merchant ID M-884120, store is Little Fern Candles. It's our Mother's Day weekend so this is kind of the worst timing.

Bella Reyes
+852 9466 0218""",
L("emergency", "system_outage", "urgent", "Bella Reyes", "94660218", "M-884120", "", ""),
date="2025-05-10 13:05")

# 50 complaint about courier handling, plus side question
M("en", "a", "7", "Oliver Grant <olivergrant@zoho.com>", "Delivery",
"""Hi,

My order #WB-2210-57 arrived today. Well, "arrived" - my neighbour watched your courier throw the box over my side gate from the van window. It landed in a flowerbed, the box is split on one corner and soaking wet. The blanket inside seems ok, I've tested it, it works.

I'm not sending it back, but this isn't acceptable and I'd like an apology and to know what you're going to do about that driver. Also, is there a way to ask for signature-on-delivery for my next order?

Oliver Grant""",
L("complaint", "logistics", "normal", "Oliver Grant", None, None, "WB-2210-57", "apology explanation"),
date="2024-10-11 17:48")
