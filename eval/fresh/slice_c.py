# Fresh eval set, slice c: 50 hard-but-realistic emails (20 zh-Hans, 12 zh-Hant, 18 en).
# Written by hand, one at a time. Labels follow eval/README.md conventions.

# ================================================================ zh-Hans
M("zh-Hans", "gbk", "b", "赵建国 <zhaojg1975@sina.com>", "咨询一下",
"""你好，

标题写的是"咨询"，其实我是实在忍不了了。

4月18号在你们家买的那套布艺沙发（三人位+贵妃位，订单编号：JJ240418-0932），下单的时候页面写的是"15天内发货"，现在都5月底了，货呢？

5月8号我打了你们客服电话，说是工厂排产，让等一周；
5月16号又打，换了个人说物流那边压着，再等三天；
5月22号我在线上留言，到现在连个回复都没有。

我家新房子就等这套沙发入住，老人孩子都还挤在租的房子里，每个月多交三千房租，这个钱谁出？

我最后说一次：这周五之前给不了确切的送货日期，我就直接去12315和消协投诉，顺便把这一个多月的聊天记录全发到网上去。

要求：
1. 给个书面解释，到底为什么一拖再拖；
2. 赔偿我多出来的房租损失。

赵建国
手机：139 0571 2286""",
L("complaint", "delivery_delay", "urgent", "赵建国", "13905712286", None, "JJ240418-0932", "explanation compensation"),
date="2025-05-27 21:14")

M("zh-Hans", "u", "q", "孙倩 <sunqian_0412@163.com>", "Re: 您的订单已发货，请注意查收",
"""你好，东西昨天收到了，想问个小问题：

暖风机第一次开的时候，出风有一点点新塑料的味道，开了半个小时左右就淡了。没有冒烟，没有火花，也不是烧焦的那种味道，机身摸着也只是温温的。

说明书上写"首次使用可能有轻微气味，属正常现象"，我就是想确认一下是不是这个情况？还有以后每次用之前需不需要先空转一会儿？家里有个两岁的小孩，所以多问一句。

孙倩  152 2187 6630

在 2025-01-09 16:02:11，"暖居家电官方旗舰店" <service@nuanju-home.com> 写道：
> 尊敬的顾客您好：
> 您的订单 NJ2501090412 已由顺丰速运发出，运单号 SF1498820375561。
> 商品：暖居 PTC 陶瓷暖风机 NJ-H2000（白色）×1
> 如有任何问题请拨打客服热线 400-860-2233（9:00-21:00），或直接回复本邮件。
> 祝您生活愉快！""",
L("inquiry", "product_info", "low", "孙倩", "15221876630", None, "", ""),
date="2025-01-12 19:40")

M("zh-Hans", "g18", "8", "钱文静 <qianwj_88@126.com>", "关于12月账单的一个问题",
"""客服你好，

先说明一下，这不是投诉，只是想问问清楚。

我的手机号是 186 2107 4453，套餐是59元的那个畅享套餐。12月的账单里多了一项"增值业务费 15.00元"，我印象里没有开通过什么增值业务，可能是家里老人用我手机点了什么也说不定。

能不能帮我查一下这15块钱具体是什么业务、什么时候开通的？如果是误开的，我自己取消就行，钱不用退。

谢谢啦
钱文静""",
L("inquiry", "billing", "normal", "钱文静", "18621074453", None, "", "explanation"),
date="2025-01-06 12:20")

M("zh-Hans", "g18", "q", "周屿 <zhouyu.design@qq.com>", "已经取消自动续费了为什么还扣我钱",
"""你们好，我是"云笔记Pro"的用户，会员账号 C20231107588。

上个月我就在App里把自动续费关掉了，还截了图（关闭成功的页面我现在都留着）。结果今天早上收到支付宝扣款通知：198元，说是会员年费自动续费。

关了续费还照扣，这不就是乱扣费吗？我上网搜了一下好多人都遇到过一样的事，你们是故意的吧。

请把198元原路退回来，并且解释清楚为什么关闭了还会扣。截图需要的话我可以发。

周屿""",
L("complaint", "billing", "normal", "周屿", None, "C20231107588", "", "refund explanation"),
date="2024-11-08 09:05")

M("zh-Hans", "u", "b", "何丽萍 <heliping66@163.com>", "回复：【售后工单 202503-2291】维修完成回访",
"""又漏了！！上周三你们李师傅来换了排水管，说好了，结果今天洗了一桶衣服，底下又是一大滩水，卫生间地面全湿了。

这已经是第二次上门了，我不想再听什么"正常现象"。麻烦这次派个靠谱点的师傅来，把问题彻底修好，时间最好安排在周六上午，我工作日不在家。

洗衣机型号 XQG100-BD14，还在保修期内。
我的电话 137-6402-1185（不要打座机，家里白天没人）。

何丽萍
浦东新区锦绣路

发件人: 美澜家电售后服务中心 <aftersales@meilan-appliance.cn>
发送时间: 2025年3月14日 17:32
收件人: heliping66@163.com
主题: 【售后工单 202503-2291】维修完成回访

何女士您好：

您的售后工单 202503-2291 已由维修工程师李建军（工号 MX0317，电话 158 2101 6639）上门处理完毕，故障原因：排水管老化破损，已免费更换。

如对本次服务有任何不满意，欢迎拨打投诉监督热线 400-820-7799。如遇冒烟、焦味、漏电等紧急安全情况，请立即断电并拨打24小时紧急热线 400-820-7700。

感谢您对美澜的支持！
美澜家电售后服务中心""",
L("after_sales", "repair", "normal", "何丽萍", "13764021185", None, "", "repair"),
date="2025-03-17 20:10")

M("zh-Hans", "gbk", "8", "刘婷 <liuting_0916@sohu.com>", "Re: 回复：酒店订单取消 退款",
"""退款呢？？说好3-5个工作日，这都两个礼拜了



------------------ 原始邮件 ------------------
发件人: "乐途旅行客服" <kefu@letu-travel.com>
发送时间: 2025年4月2日(星期三) 上午10:15
收件人: "刘婷" <liuting_0916@sohu.com>
主题: 回复：酒店订单取消 退款

刘女士您好，
您的退款申请已受理（退款单号 RF0402-3318），退款金额 ￥1,286.00 将于3-5个工作日内原路退回您的支付账户。如有疑问请致电客服热线 95105288。

乐途旅行客服 小雅（工号 3071）


------------------ 原始邮件 ------------------
发件人: "刘婷" <liuting_0916@sohu.com>
发送时间: 2025年3月31日(星期一) 晚上9:47
收件人: "乐途旅行客服" <kefu@letu-travel.com>
主题: 酒店订单取消 退款

你好，我在你们平台订的杭州西湖边那家酒店（订单号 LT8820250328761），4月5号入住，因为家里有事去不了了，订单写的是免费取消，我已经在App上点了取消，麻烦尽快退款。谢谢。
刘婷""",
L("after_sales", "refund", "normal", "刘婷", None, None, "LT8820250328761", "refund"),
date="2025-04-16 08:31")

M("zh-Hans", "u", "8", "陈浩 <chenhao@xiaomian-noodle.com>", "急！！收款码全部失败 error 502",
"""你们的聚合支付是不是挂了？？

从11:40开始，我们三家门店的收银台扫码全部失败，顾客付款页面一直转圈，最后弹 "Payment gateway error 502"，POS机上显示"交易状态未知"。微信支付宝都试了都不行，现在正是午饭高峰，门口排了二十几个人，只能让顾客付现金或者先记账。

不是我们网络的问题，店里wifi和4G都换过了，隔壁用别家收款的都正常。

商户号：MCH2022080316
门店：小面馆（徐汇店/静安店/长宁店）
联系人：陈浩 手机 +86 135 6447 9012

麻烦技术马上看一下，然后回个电话告诉我什么时候能恢复！！""",
L("emergency", "system_outage", "urgent", "陈浩", "13564479012", "MCH2022080316", "", "callback"),
date="2025-06-18 12:05")

M("zh-Hans", "gb", "b", "郭志强 <guozq_sz@21cn.com>", "紧急求助：手机突然黑屏开不了机",
"""你好，

我的手机昨天晚上还好好的，充着电睡觉，早上起来就黑屏了，长按电源键没反应，插上充电器连指示灯都不亮。

先说清楚：没有冒烟也没有发烫，也没有摔过、进过水，就是突然开不了机。

手机是去年10月在你们官网买的，型号 V30 Pro，IMEI：861234056789125，还在一年保修期内。订单号 VO20241012558832。

想问一下能不能走保修？是寄修还是要去线下服务中心？我在深圳南山，附近有网点最好。里面有很多工作资料，能保住数据最好。

手机坏了联系不上我，请直接回邮件，或者打我家里座机 0755-2661 8390（晚上7点以后有人）。

郭志强""",
L("after_sales", "warranty", "normal", "郭志强", "075526618390", None, "VO20241012558832", "repair"),
date="2025-03-22 09:40")

M("zh-Hans", "u", "q", "马秀兰 <maxiulan1952@163.com>", "一个老太太的几句话",
"""小同志你好：

我今年七十二了，老伴走了以后一个人住，儿子在外地工作，去年过年回来的时候给我手机上装了你们这个"鲜到家"，说以后买菜不用下楼了。刚开始我是不会用的，楼下超市的小姑娘教了我两回，现在我一个礼拜能在上面买个三四回，鸡蛋、豆腐、青菜，有时候买点排骨，送得也快，送货的小伙子也客气，有一回下大雨还帮我把米扛上楼，这个我心里是记着的。

上个月有一次送错了，把别人家的酸奶送到我这里，我打电话过去，你们那个客服姑娘态度也很好，第二天就给我换过来了。所以我今天写这个信不是投诉，也不是要退什么钱，你们不用紧张。

我就是想说说，我眼睛不好，老花加白内障，那个App上的字实在太小了，价格那一排小字我戴着老花镜都要凑到跟前看，有好几次把"500克"看成"5000克"。还有那个"去结算"的按钮，颜色淡淡的，我找半天。我问了儿子，他说手机里可以把字调大，可是调了以后别的地方字大了，你们App里面还是那么小。

所以我想提个建议：能不能做一个"老年模式"，字大一点，按钮大一点，颜色深一点？我们小区好多老姐妹都在用，大家都说看不清。要是有了，我们肯定天天用。

就这些，麻烦你们了。祝你们工作顺利，身体健康。

马秀兰""",
L("suggestion", "feature_request", "low", "马秀兰", None, None, "", ""))

M("zh-Hans", "gbk", "q", "dianshang_fuwu2025@yeah.net", "紧急通知：店铺差评/投诉/退款纠纷一站式处理",
"""尊敬的商家负责人：

您好！您的店铺近期是否遇到以下问题：
★ 差评太多、顾客投诉影响店铺权重？
★ 恶意退款、职业打假让您头疼？
★ 收到平台紧急通知，店铺被降权限流？

【星耀电商服务】专业团队7×24小时为您服务：
1. 差评删除/追评处理，48小时见效，不成功全额退款！
2. 投诉申诉代写，成功率高达95%
3. 店铺权重提升、补单冲量，安全不降权

现在咨询即送价值888元店铺诊断一次！
添加微信：xingyao_ds888    QQ：2837465190

退订请回复TD""",
L("other", None, "low", None, None, None, "", ""))

M("zh-Hans", "u", "8", "林小满 <linxiaoman@foxmail.com>", "快递好几天没动静了",
"""您好～

想问一下我买的那个猫爬架，订单号 3847261059384726153，显示2号就发货了，快递单号 YT7509318842261（圆通），可是从3号到今天物流一直停在"【金华市】已到达 金华转运中心"，已经四天没更新了。

不着急哈，就是怕是不是丢件了😂 麻烦帮我问下快递那边什么情况，真丢了再说后面的事。

收件人是我本人，手机尾号0326
林小满""",
L("inquiry", "logistics", "normal", "林小满", None, None, "3847261059384726153", ""),
date="2025-07-07 10:22")

M("zh-Hans", "g18", "b", "黄振宇 <huangzy@hzy-studio.cn>", "对贵司客服热线服务态度的投诉",
"""贵公司客服部：

本人于2025年2月20日下午15:10左右拨打贵司客服热线400-115-6600，咨询已购扫地机器人（订单号：SW-20250116-4471）的滤网配件购买事宜。接线客服自称工号8852，姓吴。

通话过程中，我仅询问配件是否有原装货、大约多久能到，该客服语气极不耐烦，多次打断我说话，称"这种问题你自己去网上看"，最后在我还没说完的情况下直接挂断电话，通话时长不到两分钟。

我不是第一次买贵司产品，家里的空气净化器、洗地机都是这个牌子，但这种服务态度实在让人寒心。

我的诉求：
1. 请核实该通话录音，对相关客服进行处理；
2. 给我一个正式的道歉；
3. 顺便告诉我滤网配件到底怎么买。

黄振宇
联系电话：（0571）8813 2047 转 806""",
L("complaint", "service_attitude", "normal", "黄振宇", "057188132047", None, "SW-20250116-4471", "apology explanation"),
date="2025-02-21 09:30")

M("zh-Hans", "u", "b", "吴思远 <wusiyuan_wsy@gmail.com>", "账号被盗！！余额被转走了 求立刻冻结",
"""客服！！紧急！！

今天凌晨2点多我收到你们发的短信说我的账号在"广东省东莞市"一台新设备登录，我人在成都，根本没登录过。早上7点醒来一看，钱包余额 3,650 元全没了，交易记录里有三笔转账，收款人我一个都不认识。

我现在登录不上了，密码被改了，绑定的手机号好像也被换了。

请立刻帮我冻结账户！！把那几笔转账拦下来，钱必须给我追回来！！

我的账号就是我的手机号：0086 182 8011 5376（现在收不到验证码）
会员编号：VIP0093381726
急事请马上回电话，我的手机打不通的话可以打我爱人张敏的电话 139 8177 2044。

下面是收到的短信原文：
【闪付钱包】您的账户于05-19 02:17在新设备（广东省东莞市）登录，如非本人操作，请立即拨打95017或登录App修改密码。

吴思远""",
L("emergency", "account_security", "urgent", "吴思远", "18280115376", "VIP0093381726", "", "refund callback"),
date="2025-05-19 07:25")

M("zh-Hans", "gbk", "b", "邓佳琪 <dengjiaqi_ddd@163.com>", "投诉你们的尺码表",
"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"></head><body>
<div>标题写投诉有点夸张了哈，主要是想<b>退货</b>。</div>
<div>&nbsp;</div>
<div>买了你们家那件羊毛大衣（驼色，M码），订单号：2025021788123406，按尺码表量了胸围选的M，到手袖子长了快5厘米，肩也垮，穿上像偷穿我爸的衣服&hellip;&hellip;尺码表真的得改改。</div>
<div>&nbsp;</div>
<div>吊牌没拆，包装袋也都在，还在7天无理由内。麻烦给我个退货地址，运费险我下单时买了的。退款原路退回就行。</div>
<div>&nbsp;</div>
<div>邓佳琪 139 2658 0417</div>
<div style="color:#999999;font-size:12px">发自网易邮箱大师</div>
</body></html>""",
L("after_sales", "return", "normal", "邓佳琪", "13926580417", None, "2025021788123406", "return refund"),
html=True, date="2025-02-24 21:48")

M("zh-Hans", "u", "8", "蒋一鸣 <jiangyiming@outlook.com>", "Re: 关于您反馈的餐桌开裂问题",
"""你们的回复我看了，说实话很失望。

这张桌子宣传的是"北美白橡木全实木"，2800块，到货才16天，桌面中间裂了一条30多公分的缝，能塞进去一张银行卡。我趴下去看了底下，桌腿和横档根本不是白橡木，是刷了色的橡胶木，边上还有密度板。这叫全实木？

还有那个气味，开窗通风两周了还是刺鼻，我老婆怀孕五个月，我们现在根本不敢在餐厅吃饭。

你们说"木材热胀冷缩属于正常现象，可安排师傅上门补漆修复"——裂成这样是正常现象？补漆能补好材料造假？

我要的是：把这张桌子的材质检测报告拿出来，给我一个解释。补漆我不接受，要么全额退款，要么换一张真的白橡木的。

订单号：JD-0516-88231（5月16日下单）
蒋一鸣

于2025年6月3日周二 14:20，木语家居客服 <service@muyu-home.com> 写道：
> 蒋先生您好，
> 非常抱歉给您带来不好的体验。经初步判断，实木家具在季节交替时因木材热胀冷缩出现细小裂纹属于正常现象，不属于质量问题。我们可以为您免费安排维修师傅上门补漆修复，师傅王工联系电话 186 5213 0987，您可直接与其预约时间。
> 如需退货，需扣除往返运费及15%的折旧费。
> 木语家居售后部 客服 阿雅""",
L("complaint", "product_quality", "normal", "蒋一鸣", None, None, "JD-0516-88231", "explanation refund exchange"),
date="2025-06-03 22:15")

M("zh-Hans", "u", "q", "Vivian Xu <vivian.xu.sh@gmail.com>", "air fryer 内胆 coating 问题",
"""Hi 你好，

想买你们家那款 6L 的 air fryer（型号 KZ-AF6602），下单前想确认几个问题：

1. 内胆是 PTFE 涂层还是陶瓷涂层？想给宝宝做辅食用，有点担心涂层安全，有没有第三方 test report？
2. 炸篮能不能直接放洗碗机？manual 上好像没写。
3. 功率是 1500W 吗？我家是老房子，怕跳闸。

不着急，有空回一下就好～ thx!

Vivian""",
L("inquiry", "product_info", "low", "Vivian Xu", None, None, "", ""))

M("zh-Hans", "gbk", "8", "曹磊 <caolei_1988@139.com>", "燃气热水器装完家里有煤气味！！",
"""你们今天下午派来的安装师傅刚走（他说他姓彭，留的电话是 133 0291 7745，现在打过去一直无人接听），装的是你们的16升燃气热水器 JSQ30-16E。

师傅走了大概一个小时，我在厨房就闻到一股很明显的煤气味，阳台热水器那边更重。我已经把燃气总阀关了，窗户全打开了，人带着孩子先下楼了，不敢开灯不敢碰任何电器。

请立刻安排人来检查！！！是不是接口没拧紧！！这是要出人命的！

订单编号：RQ20250302119
地址：西安市雁塔区丈八东路××小区6栋2单元1102
我电话 １５２９１８３６６０４
曹磊""",
L("emergency", "safety", "urgent", "曹磊", "15291836604", None, "RQ20250302119", "repair"),
date="2025-03-08 17:50")

M("zh-Hans", "u", "b", "宋雨桐 <songyutong_cat@163.com>", "猫粮里有虫！！！",
"""刚拆的一袋，倒进碗里就看到有小黑虫在爬，仔细一看袋子里还有好多，还结了网一样的东西。生产日期是今年1月的，保质期18个月，根本没过期。

我家两只猫已经吃了两顿了（前面那袋刚吃完接着开的这袋），现在还好没什么反应，但我真的很恶心，也很担心。

你们的品控是怎么做的？宣传的"无菌车间""人宠同级"呢？

订单号：TM2401-5528390-02，一共买了三袋，另外两袋我也不敢开了。
要求：三袋全部退款，并且说明这批货为什么会有虫。照片和视频都拍了，需要的话发给你们。

宋雨桐""",
L("complaint", "product_quality", "normal", "宋雨桐", None, None, "TM2401-5528390-02", "refund explanation"),
date="2025-04-20 19:12")

M("zh-Hans", "gb", "b", "彭晓东 <pengxiaodong@tom.com>", "关于快递包装的一点想法",
"""你好：

在你们店买了好几年的茶叶了，东西一直很好，这次写信不是有什么问题，只是有个小想法。

每次收到的包裹，外面一个纸箱，里面塞满了泡沫颗粒，茶叶罐外面又包了两层气泡膜，一盒250克的茶，拆出来的垃圾能装满一个垃圾袋。现在垃圾要分类，这些泡沫颗粒很难处理。

建议以后可以用纸质的填充物或者瓦楞纸隔板，实在不行下单时给个"简易包装"的选项，我愿意为环保多等一两天。

仅供参考，不用回复。

彭晓东""",
L("suggestion", "feedback", "low", "彭晓东", None, None, "", ""))

M("zh-Hans", "u", "b", "唐美华 <tangmeihua@qq.com>", "表扬张师傅",
"""<div>你们好，</div>
<div><br></div>
<div>上个礼拜我家冰箱冷藏室不制冷，菜都放坏了，当时急得不行，打了你们的热线。第二天一早张师傅就来了（张国栋师傅，电话139&nbsp;1766&nbsp;0283），查出来是温控器坏了，当场换好，还教我怎么清理后面的散热网。</div>
<div><br></div>
<div>现在冰箱一切正常，特地写封信表扬一下张师傅，人很实在，也没乱收费。问题已经解决了，<b>不用回复，也不用回访电话了</b>，谢谢！</div>
<div><br></div>
<div>唐美华</div>
<div>2025.8.12</div>""",
L("other", "thanks", "low", "唐美华", None, None, "", ""),
html=True, date="2025-08-12 20:30")

# ================================================================ zh-Hant
M("zh-Hant", "b5", "q", "林宜蓁 <lin.yizhen@gmail.com>", "請問分期付款的帳單問題",
"""您好，

我在3月12日於貴公司官網購買筆電（訂單編號 TW250312-06631），結帳時選的是信用卡12期0利率，總金額 NT$38,900。

不過這個月收到信用卡帳單，看到的是一次全額請款 38,900 元，不是每期 3,242 元。不知道是銀行那邊還沒轉分期，還是訂單這邊的設定有問題？

想麻煩幫我確認一下，如果需要我自己打給銀行處理也沒關係，只是想先弄清楚是哪一邊的問題。謝謝！

林宜蓁
0928-517-346""",
L("inquiry", "billing", "normal", "林宜蓁", "0928517346", None, "TW250312-06631", "explanation"),
date="2025-04-08 13:15")

M("zh-Hant", "u", "8", "Karen Leung <karenleung.hk@yahoo.com.hk>", "減價貨可唔可以退?",
"""Hi，

想問下你哋門市而家做緊嘅 clearance sale，啲減價貨係咪全部都唔可以退換㗎？我見收據底印住「特價貨品恕不退換」，但店員又話如果有質量問題都可以換。

我想買部咖啡機送俾屋企人，驚佢唔鍾意，所以想問清楚先：
- 冇開盒可唔可以換第二款？
- 網店同門市嘅退換政策一唔一樣？

唔該晒！
Karen""",
L("inquiry", "policy", "low", "Karen Leung", None, None, "", ""))

M("zh-Hant", "u", "b", "黃太 <wong.tai.1968@netvigator.com>", "第三次投訴！張梳化到底幾時送？",
"""你好，

我係黃太，呢個已經係我第三封email，電話都打咗四次。

2月8號喺你哋銅鑼灣陳列室訂咗張三座位真皮梳化，單號 HKF-250208-117，已經俾咗全數 $18,600。當時講明3月15號前送貨，結果：
- 3月14號先打嚟話船期延誤，改3月底；
- 3月29號又話倉庫未收到貨，改4月中；
- 4月16號我成日等喺屋企，等到夜晚七點都冇人嚟，一個電話都冇。

我為咗等你哋送貨請咗三日假，你哋一句道歉都冇。如果今個禮拜五之前仲未有確實送貨時間，我會直接去消委會投訴，同埋將成件事寄俾報館。

我要求：
1. 書面解釋點解一再延誤；
2. 賠償我嘅損失。

黃太
9634 2178""",
L("complaint", "delivery_delay", "urgent", "黃太", "96342178", None, "HKF-250208-117", "explanation compensation"),
date="2025-04-17 09:30")

M("zh-Hant", "u", "q", "張家豪 <chang.chiahao@hotmail.com>", "台中門市店員態度問題",
"""<p>您好：</p>
<p>上週六（5/10）下午大約三點，我到貴公司台中公益路門市想詢問手機殼的款式，當天店裡人不多，櫃檯一位男店員（名牌上寫「阿凱」）全程低頭滑手機，我問了兩次他才抬頭，回一句「架上有的就是全部了，自己看」。</p>
<p>後來我拿了一個殼想確認是否適用我的手機型號，他直接說「你不會自己看包裝喔？」，語氣非常不耐煩，旁邊另一位客人也聽到了。</p>
<p>我不是要退貨，也不是要換什麼東西，只是覺得這樣的服務態度很不應該，希望貴公司能處理，並給我一個道歉。</p>
<p>張家豪<br>
手機：0935-288-164</p>""",
L("complaint", "service_attitude", "normal", "張家豪", "0935288164", None, "", "apology"),
html=True, date="2025-05-13 22:05")

M("zh-Hant", "u", "b", "陳志明 <chanbenny88@gmail.com>", "RE: 維修預約確認 - 個案編號 HK-SR-58812",
"""你好，

上個禮拜四師傅嚟整完個焗爐，當時試咗十分鐘係熱嘅，點知今日想焗雞翼，開咗半個鐘都仲係凍冰冰，上面條發熱管完全唔紅。即係等於冇整過。

唔該再安排師傅上嚟睇過，最好今個禮拜六下晝，平日我要返工。部機仲喺保養期內，唔應該要再收上門費啩？

陳生（陳志明）
電話：6172 9043

-----Original Message-----
From: 家寶電器客戶服務部 <cs@homepro-hk.com>
Sent: Monday, June 9, 2025 10:12 AM
To: chanbenny88@gmail.com
Subject: 維修預約確認 - 個案編號 HK-SR-58812

陳先生您好，

閣下的維修預約已確認：
日期：2025年6月12日（星期四）上午10:00-13:00
技術員：李師傅（聯絡電話 5308 6627）
產品：家寶 HP-OV38 嵌入式焗爐

如需更改預約，請致電客戶服務熱線 2811 3300。如發現產品冒煙、有燒焦味或漏電，請即停止使用並致電24小時緊急熱線。

家寶電器客戶服務部""",
L("after_sales", "repair", "normal", "陳志明", "61729043", None, "", "repair"),
date="2025-06-17 20:00")

M("zh-Hant", "b5", "b", "吳佩珊 <peishan.wu@yahoo.com.tw>", "想換尺寸",
"""你好~

我上禮拜在你們蝦皮賣場買的慢跑鞋，訂單編號：250611K8HQ2RTP，買了24號，穿起來有點擠，腳趾會頂到。想換成24.5號，一樣顏色（灰粉色）。

鞋子只有在家裡木地板上試穿過，鞋盒跟吊牌都還在。請問要怎麼寄回去？運費要自己付嗎？

佩珊 0972-305-118""",
L("after_sales", "exchange", "normal", "吳佩珊", "0972305118", None, "250611K8HQ2RTP", "exchange"),
date="2025-06-18 21:40")

M("zh-Hant", "u", "q", "許文傑 <hsu.wenchieh@bistro-lumi.com.tw>", "製冰機今天一定要裝好",
"""您好，

我們是台北大安區的「Lumi 小酒館」，上週在貴公司訂了一台商用製冰機（型號 IM-120F，訂單號 PO-2025-0719），原本約好昨天安裝，結果師傅臨時說車壞了沒來，改到今天，但到現在（中午12點）都還沒有任何人跟我們聯絡。

我們今天晚上五點開店，週六而且有兩組包場，沒有冰塊根本沒辦法出飲料。麻煩一定要在下午四點以前派人來把製冰機裝好、接好水管。

請先回電給我確認師傅幾點到。

聯絡人：許文傑（店長）
手機 0921-644-870""",
L("after_sales", "installation", "urgent", "許文傑", "0921644870", None, "PO-2025-0719", "callback"),
date="2025-07-26 12:05")

M("zh-Hant", "u", "8", "Lee Ka Yan <kayan.lee.hk@hotmail.com>", "有人用我張卡！收到OTP但我冇做過交易",
"""你好，我係你哋信用卡客戶，卡號尾數 4471。

頭先（大概夜晚10:50）連續收到三個 OTP 短訊，話有一筆 HKD 7,980 嘅網上交易要驗證，商戶係一個我從來未聽過嘅網站。我冇做過任何網上購物，OTP 我冇俾任何人。

之後 app 又彈出通知話我嘅登入密碼已經更改，但我冇改過！而家我登入唔到 app。

唔該即刻幫我凍結張卡同個網上理財戶口，同埋盡快打俾我：5128 6093。我啱啱打你哋熱線 2233 8000 等咗二十分鐘都未有人聽。

Lee Ka Yan""",
L("emergency", "account_security", "urgent", "Lee Ka Yan", "51286093", None, "", "callback"),
date="2025-09-05 23:08")

M("zh-Hant", "b5", "8", "蔡明宏 <tsai.minghong@kangjian-clinic.com.tw>", "【急】預約系統全部當掉，病人無法報到",
"""貴公司技術支援您好：

我們是使用貴公司「好診所雲端掛號系統」的康健家醫科診所，客戶代號 C2023-TPE-0456。

今天早上8:30開診前開始，系統後台一直顯示「伺服器連線逾時」，櫃台無法叫號、也看不到今天的預約名單，病人用LINE預約的頁面也一直轉圈圈。重開電腦、換網路都試過了，其他網站都正常，應該是你們那邊的問題。

現在候診區已經有二十幾位病人在等，只能人工手寫登記，非常混亂。請立刻處理，並告知預計修復時間。

蔡明宏 行政主任
(02)2758-3391 分機 12""",
L("emergency", "system_outage", "urgent", "蔡明宏", "0227583391", "C2023-TPE-0456", "", "explanation"),
date="2025-10-14 08:55")

M("zh-Hant", "u", "b", "何俊賢 <hochunyin.hk@gmail.com>", "App 建議",
"""<div dir="ltr">你好，<br><br>用咗你哋個外賣 app 大半年，整體幾好用，有兩個建議：<br><br>1. 付款可唔可以加埋「轉數快 FPS」同八達通？而家淨係得信用卡同 PayMe，好多長輩冇信用卡。<br>2. 介面有繁體中文，但係餐廳名同埋菜單好多都係簡體字，睇落有啲怪，希望可以統一。<br><br>唔係投訴，純粹建議，唔使特登回覆。<br><br>何俊賢</div>""",
L("suggestion", "feature_request", "low", "何俊賢", None, None, "", ""),
html=True)

M("zh-Hant", "b5", "q", "謝雅婷 <hsieh.yating@formosa-trading.com.tw>", "自動回覆：RE: 退款進度查詢（緊急）",
"""您好，

我於 2025/11/03 至 2025/11/10 休假中，期間無法即時回覆郵件。

如有緊急事項（包括訂單、退款、客訴等），請聯絡同事 陳怡君 小姐，電話 (02)2567-8812 分機 305，手機 0918-226-437，或寄信至 ichun.chen@formosa-trading.com.tw。

我將於 11/11 回覆您的來信，造成不便敬請見諒。

謝雅婷
福爾摩沙貿易 採購部""",
L("other", None, "low", "謝雅婷", None, None, "", ""),
date="2025-11-04 09:02")

M("zh-Hant", "b5", "b", "鄭凱晴 <cheng.hoiching@gmail.com>", "應徵客戶服務主任",
"""敬啟者：

本人從 JobsDB 得悉貴公司招聘客戶服務主任一職，特此應徵。

本人畢業於香港理工大學，曾於電訊公司客戶服務中心任職三年，負責處理客戶查詢、投訴及退款個案，熟悉 CRM 系統，能操流利粵語、英語及普通話。

隨函附上履歷，懇請考慮。如蒙面試，請致電 9781 4526 或回覆此電郵聯絡本人。

鄭凱晴 謹啟""",
L("other", None, "low", "鄭凱晴", "97814526", None, "", ""))

# ================================================================ en
M("en", "a", "7", "Marcus Webb <marcus.webb@fastmail.com>", "Re: Your order #TH-449182 has shipped!",
"""Hi,

Quick question - the tracking link in the email below just gives me a "shipment not found" page, and it's been four days. Could you check where the parcel actually is? Not in a rush, just want to make sure it isn't lost.

Thanks,
Marcus

On Tue, Feb 11, 2025 at 3:47 PM Trailhead Outfitters <orders@trailhead-outfitters.com> wrote:
> Good news, Marcus! Your order #TH-449182 has shipped.
> Carrier: UPS   Tracking: 1Z999AA10123456784
> Questions? Call us at 1-800-555-0199.""",
L("inquiry", "logistics", "normal", "Marcus Webb", None, None, "TH-449182", ""),
date="2025-02-15 10:20")

M("en", "u", "q", "Hannah Okafor <h.okafor@brightlane.io>", "Question about our March invoice (not a complaint!)",
"""Hi billing team,

This isn't a complaint, I'm just trying to reconcile our books before month-end close.

Our March invoice shows a line "Platform fee – usage overage" for $212.40. We're on the Team plan with 25 seats and I don't think we went over anything, but I'm honestly not sure how overage is measured – is it seats, API calls, storage?

Could you tell me what that line is based on, and whether there's a usage report I can download? Our customer ID is CUST-88213 if that helps.

Cheers,
Hannah Okafor
Finance Ops, Brightlane""",
L("inquiry", "billing", "normal", "Hannah Okafor", None, "CUST-88213", "", "explanation"),
date="2025-04-03 16:40")

M("en", "a", "7", "Tom Lindqvist <tom.lindqvist@gmail.com>", "not urgent - exporting contacts to CSV",
"""Hey,

Not urgent at all, so no rush on this.

I'm trying to export my contacts from the Pocketbook CRM app to a CSV so I can import them into my accounting software. I found Settings > Data > Export, but it only gives me a PDF. Is there a way to get CSV (or Excel) with the custom fields included? I'm on the iPad version if that matters.

Thanks!
Tom""",
L("inquiry", "how_to", "low", "Tom Lindqvist", None, None, "", ""))

M("en", "u", "b", "Gregory Mills <greg.mills@btinternet.com>", "RE: Your support request #CS-20250408-3312",
"""No, this is not "a temporary authorisation that will drop off in 3-5 days". It has been 12 days. You took £89.99 twice from my card on 2 April for the same order (Order No. 70233918) and both payments are showing as completed on my bank statement, not pending. I have the statement in front of me.

I've now spent over an hour on this across two emails and a chat. Please refund the duplicate £89.99 and explain how your system managed to charge me twice.

Gregory Mills
07700 900461

-----Original Message-----
From: Customer Care <care@homeandhearth.co.uk>
Sent: 08 April 2025 16:20
To: greg.mills@btinternet.com
Subject: Your support request #CS-20250408-3312

Dear Gregory,

Thank you for contacting Home & Hearth. We're sorry to hear about your concern.

Having reviewed order 70233918, we can confirm only one payment was captured. The second transaction you can see is a temporary authorisation, which will drop off in 3-5 working days. This is not a duplicate charge and no refund is required.

If you wish to raise a formal complaint, please call our Customer Relations team on 0345 600 1122, or for urgent account security concerns contact 0345 600 1199.

Kind regards,
Daniel
Customer Care Team""",
L("complaint", "billing", "normal", "Gregory Mills", "07700900461", None, "70233918", "refund explanation"),
date="2025-04-14 18:30")

M("en", "l1", "8", "Siobhán Kearney <siobhan.kearney@eircom.net>", "Mattress",
"""Hello,

I'll try to keep this short but I probably won't.

We bought the "CloudRest Hybrid" king mattress from your Dublin showroom last September - the salesman (lovely man, I think his name was Declan) spent nearly an hour with us. My husband has a bad back and we'd been through two mattresses in five years, so we specifically asked about sagging and were told, and I quote, "this one will outlive your car". We paid EUR 1,649 for it, which is more than we've ever spent on a bed, plus EUR 60 for delivery and taking away the old one.

For the first three months it was grand. Then around Christmas my husband said he was rolling towards the middle. I thought he was imagining it. By February there was a visible dip on both sides, you could lay a broom handle across and see a gap of about 4cm. We rotated it as your care card says, every two weeks, we have the protector on it, no kids jumping on it, nothing.

I rang in March and was told to send photos. I sent photos. I was then told to measure the dip with a ruler "on a flat surface" and send those photos. I sent those too. Then someone rang to say the dip was "within tolerance of 3.8cm" - but then why does it hurt to sleep on it? My husband's back is worse than before and we're both sleeping badly. Each time I email I get a different person and have to explain it all again from the start.

I'm not even sure what I want at this point. I don't want to go through the whole photos-and-rulers thing again. What I would like is for someone senior, a manager, to actually ring me and explain in plain English why a EUR 1,649 mattress that was sold to us as sag-proof is sagging after five months, and what you're going to do about it.

Order ref: CR-IE-220914
Phone: 087 214 6630 (mornings best)

Siobhán Kearney""",
L("complaint", "product_quality", "normal", "Siobhán Kearney", "0872146630", None, "CR-IE-220914", "callback explanation"),
date="2025-04-22 11:05")

M("en", "u", "8", "Raj Patel <raj.patel@patelandsons.co.uk>", "FINAL NOTICE before I involve my solicitor - order 55-1029384",
"""To whom it may concern,

This is my fourth email regarding order 55-1029384 (oak dining set, paid in full, £2,340, on 3 January). Your website promised delivery in 4-6 weeks. It is now 14 weeks.

Delivery dates you have given me and then missed without a word: 21 Feb, 7 March, 28 March. On 28 March I took the day off work and nobody came. Your "delivery team" number (0161 555 0142) goes to a voicemail that is full.

I am not interested in another apology email. Either you give me a confirmed delivery date within the next 7 days or a full refund, plus compensation for the two days of annual leave I have wasted. If I don't hear back by Friday I will pass this to my solicitor, and I will also be leaving detailed reviews on Trustpilot.

Raj Patel
Mobile: 07911 123456""",
L("complaint", "delivery_delay", "urgent", "Raj Patel", "07911123456", None, "55-1029384", "refund compensation"),
date="2025-04-10 09:00")

M("en", "a", "q", "Jenna Morales <jenna.morales82@yahoo.com>", "Fwd: Wrong brake pads sent - order AP-7781035",
"""Forwarding this again since nobody has replied in 5 days. My car is sitting in the driveway with the front wheels off. Please sort this out.

---------- Forwarded message ---------
From: Jenna Morales <jenna.morales82@yahoo.com>
Date: Mon, Mar 3, 2025 at 8:12 PM
Subject: Wrong brake pads sent - order AP-7781035
To: <support@autopartsdirect.com>

Hi,

I ordered front brake pads for a 2017 Honda Civic EX (part # D1578, order AP-7781035). The box that arrived says D1578 on the outside, but the pads inside are clearly a different shape - they don't match the old ones at all, and the part number stamped on the backing plate is D1089, which is for a Toyota Corolla.

Your parts hotline guy (Rick, ext 214) told me on the phone to just email you. I need the correct D1578 pads sent out asap, and a prepaid label to return the wrong ones.

Thanks,
Jenna Morales
(512) 555-0187""",
L("complaint", "wrong_item", "normal", "Jenna Morales", "5125550187", None, "AP-7781035", "exchange return"),
date="2025-03-08 11:00")

M("en", "u", "8", "Kevin Doyle <kdoyle77@outlook.com>", "Re: [Ticket 202506-044] Your repair is complete",
"""still broken.

On Thu, Jun 19, 2025 at 4:05 PM, BrewMaster Support <support@brewmaster.com> wrote:
> Hi Kevin,
>
> Great news! Your BrewMaster Pro espresso machine (serial BM-PRO-5521870) has been repaired by our technician Alan Cho (direct line 415-555-0133) and shipped back to you via FedEx, tracking 7749 1203 8856.
>
> Work performed: replaced pump pressure sensor, descaled boiler, tested 20 shots.
>
> As a reminder, if you ever notice smoke, sparks, a burning smell or water leaking near the power cord, unplug the machine immediately - this is a safety emergency and you should call our 24/7 line at 1-888-555-0100. For anything else, including complaints about our service, just reply to this email.
>
> Thanks for choosing BrewMaster!
> Jess, Customer Support""",
L("after_sales", "repair", "normal", "Kevin Doyle", None, None, "", "repair"),
date="2025-06-24 07:45")

M("en", "a", "b", "Alicia Brennan <alicia.brennan@icloud.com>", "Return - blender is useless",
"""Hello,

I'd like to return the NutriPulse 900 blender I bought through your Amazon store (Order No. 114-3948572-1029384). Honestly it's a joke - it can't crush ice, the lid leaks if you fill it past half, and it sounds like a jet engine. Not dangerous or anything, just bad.

It's within the 30 days. Please send me a return label and refund to my original card. I'd rather not go through Amazon's A-to-z thing if you can sort it directly.

Alicia Brennan""",
L("after_sales", "return", "normal", "Alicia Brennan", None, None, "114-3948572-1029384", "return refund"))

M("en", "u", "q", "Daniel Osei <daniel.osei@gmail.com>", "Need exchange TODAY - wedding tomorrow 10am",
"""Hi,

I picked up a navy suit from your Regent Street store on Saturday (receipt / order no. RS-00481276). Tried the whole thing on again this morning and the trouser zip has come off its track completely - it won't close at all.

I'm the best man at my brother's wedding tomorrow at 10am, so I need to exchange the trousers (or the whole suit, same size 40R / 34W) today. Can you confirm the Regent Street store has the same size in stock and will swap it before closing at 8pm? I can be there any time after 3pm.

Please call me as soon as you read this: 07825 336 914.

Thanks,
Daniel Osei""",
L("after_sales", "exchange", "urgent", "Daniel Osei", "07825336914", None, "RS-00481276", "exchange callback"),
date="2025-08-15 09:10")

M("en", "u", "b", "Laura Chen <laura.chen.nyc@gmail.com>", "Re: Your order has shipped!",
"""This is not about shipping. The power bank from order VX-1009283 (Voltix 20000mAh) started hissing and smoking on my desk about 20 minutes ago while it was charging my phone. The case is swollen and there's a strong chemical burning smell in my apartment. I threw it in the sink and opened all the windows. My phone case partly melted.

I need to know what to do with it now - is it even safe to throw out? - and someone needs to call me tonight. This could have started a fire while I was asleep.

Laura Chen
(646) 555-0112

On Mon, Oct 6, 2025 at 9:02 AM Voltix Store <no-reply@voltix-store.com> wrote:
> Hi Laura, your order VX-1009283 is on its way!
> Track it with USPS: 9400 1118 9922 3344 5566 77
> Need help? Call 1-877-555-0140 (Mon-Fri 9-6 ET).""",
L("emergency", "safety", "urgent", "Laura Chen", "6465550112", None, "VX-1009283", "callback explanation"),
date="2025-10-09 23:40")

M("en", "u", "8", "Stefan Novak <stefan@novak-ceramics.com>", "Checkout down - all payments failing (merchant ID MER-204417)",
"""<html><body>
<p>Hi PayNimbus support,</p>
<p>Since about 14:20 today <b>every single payment</b> on our web shop is failing. Customers get to your hosted payment page, enter their card, and then get &quot;Something went wrong (error 500)&quot;. Our dashboard also won&#39;t load the Transactions tab.</p>
<p>We haven&#39;t changed anything on our side &ndash; no deploys, no plugin updates. Your status page says &quot;All systems operational&quot;, which is clearly not true.</p>
<p>We&#39;re in the middle of our biggest sale of the year and we&#39;re losing orders every minute. Merchant ID: <b>MER-204417</b>.</p>
<p>Please escalate to your engineering team and give me an ETA. I&#39;m on 07700 900385 if you need anything.</p>
<p>Stefan Novak<br>Novak Ceramics Ltd</p>
</body></html>""",
L("emergency", "system_outage", "urgent", "Stefan Novak", "07700900385", "MER-204417", "", "explanation"),
html=True, date="2025-11-28 14:45")

M("en", "a", "7", "Olivia Grant <olivia.grant@proton.me>", "Fwd: Security alert: new sign-in to your account",
"""This wasn't me. I'm in Melbourne and I've never been to Lagos. I tried to log in straight after and my password no longer works, and the recovery email has been changed to something I don't recognise. My saved card is on this account.

Please lock the account right now and cancel any orders placed in the last few hours. Customer ID: SH-3302917.
Call me on 0412 558 903.

Olivia Grant

---------- Forwarded message ---------
From: ShopHaven Security <security@shophaven.com>
Date: Wed, Jul 23, 2025 at 3:41 AM
Subject: Security alert: new sign-in to your account
To: olivia.grant@proton.me

URGENT SECURITY NOTICE
We noticed a new sign-in to your ShopHaven account from Windows, Lagos, Nigeria.
If this was you, you can ignore this message. If not, reset your password immediately
or call our fraud team on 1800 555 731.""",
L("emergency", "account_security", "urgent", "Olivia Grant", "0412558903", "SH-3302917", "", "callback"),
date="2025-07-23 06:50")

M("en", "u", "q", "Chloé Martin <chloe.martin@orange.fr>", "Suggestion: dark mode + hide balance",
"""Hello,

Small suggestion for the Finlo app – nothing is wrong with my account, no rush at all.

1. A proper dark mode would be great. I check my balance in bed at night and the white screen is blinding.
2. An option to hide the balance on the home screen (tap to reveal). I often open the app on the métro and don't love strangers seeing my balance.

Thanks, otherwise I really like the app!
Chloé""",
L("suggestion", "feature_request", "low", "Chloé Martin", None, None, "", ""))

M("en", "a", "7", "Ben Harrington <ben.harrington@gmail.com>", "Feedback on the recipe cards",
"""Hi GreenBox team,

We've been getting your family box for about 8 months and overall love it. A bit of feedback after last week's box, in case it's useful:

- The recipe cards have got a lot smaller since the redesign, and the step photos are tiny now. With two kids running around the kitchen I can't read them from the counter.
- Cook times are often way off - the "25 minute" chicken traybake took us closer to 50 once you count the chopping.
- The ice packs are great, but it would be nice to know which ones can be recycled.

None of this needs a reply, just passing it on.

Ben""",
L("suggestion", "feedback", "low", "Ben Harrington", None, None, "", ""))

M("en", "u", "q", "Margaret Hughes <margaret.hughes1947@aol.com>", "Thank you",
"""<div>Dear Sir or Madam,</div><div><br></div><div>I just wanted to say thank you to the young lady, Priya, who helped me on the telephone last Tuesday about the kettle that stopped working. The refund of &pound;34.99 arrived in my account this morning, just as she said it would.</div><div><br></div><div>At my age these things can be very confusing and she was very patient with me. There is nothing else I need, so please don&#39;t trouble yourselves to reply.</div><div><br></div><div>With kind regards,</div><div>Mrs Margaret Hughes</div>""",
L("other", "thanks", "low", "Mrs Margaret Hughes", None, None, "", ""),
html=True)

M("en", "a", "7", "Refund Department <refunds@secure-pay-notice.info>", "URGENT: Your refund of $849.00 is pending - action required",
"""Dear Customer,

Our records show that you are eligible for a refund of $849.00 due to an overcharge on your account. To receive your refund, you must verify your billing information within 24 hours, otherwise the refund will be cancelled and your account may be suspended.

CLICK HERE TO CLAIM YOUR REFUND: http://secure-pay-notice.info/claim?id=88213

If you have any complaint or question, call our refund hotline +1 (888) 555-0177.

Refund Department
Customer Protection Services""",
L("other", None, "low", None, None, None, "", ""))

M("en", "u", "8", "Rachel Kim <rachel.kim@kimarchitects.com>", "Re: Site visit Thursday - revised drawings",
"""Hi Tom,

Attached are the revised elevation drawings for the Harbour Street project (rev C). Main changes are the window heights on the north side and the balcony depth, as we discussed on Tuesday.

Can you confirm Thursday 10am still works for the site visit? If the client wants to push it, Friday afternoon is fine for me too.

Best,
Rachel

Rachel Kim | Associate
Kim & Partners Architects""",
L("other", None, "low", "Rachel Kim", None, None, "", ""))
