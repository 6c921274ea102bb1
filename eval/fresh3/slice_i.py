# fresh3 slice i: 50 hard cases (20 zh-Hans, 12 zh-Hant, 18 en), written by hand.

# 1 misleading subject; angry about delay, no complaint words
M("zh-Hans", "gbk", "b", "刘建国 <liujianguo79@163.com>", "咨询一下物流信息",
"""订单号 DD20250308817，3月8号下的单，页面上写的48小时内发货。
今天17号了，物流还停在"商家已接单"，连揽收都没有。

在线客服我问了三次，三次都是"亲亲请耐心等待哦"，然后就没下文了。
我已经耐心等了九天了，还要怎么耐心？

这台按摩椅是给我妈过七十大寿买的，寿宴上周六已经办完了。
到底发没发？哪天能到？给个准话，别再拿模板回我。

刘建国
152 0173 4468""",
L("complaint", "delivery_delay", "normal", "刘建国", "15201734468", None, "DD20250308817", "explanation"),
date="2025-03-17 21:14")

# 2 understated fraud / account takeover, no alarm words
M("zh-Hans", "u", "8", "赵桂兰 <zhaoguilan1958@126.com>", "地址簿里多了个地址",
"""你好

我平时不怎么用手机买东西，都是我女儿帮我弄。今天自己打开你们的APP想买点挂面，看到收货地址里多了一个"广州市白云区太和镇"的地址，我从来没去过广州，也没有亲戚在那边。

然后我点"我的订单"看了一下，有两单不是我买的，一个是苹果手机，一个是什么电子购物卡，都是用我绑的那张银行卡付的钱，一共好几千块。
订单号我抄下来了：
3318852046170093512
3318852046170094201

也不知道是不是我自己哪里点错了，我眼神不太好。麻烦你们帮我看看是怎么回事，钱能不能退回来。

我的会员号是 C20231102387
手机 139 1027 5583
赵桂兰""",
L("emergency", "account_security", "urgent", "赵桂兰", "13910275583", "C20231102387", "3318852046170093512 3318852046170094201", "explanation refund"))

# 3 annoyed repair request; quoted company reply with hotline, technician phone, 投诉 wording
M("zh-Hans", "g18", "q", "sun_hb <sunhb_nj@126.com>", "Re: 关于您的热水器报修",
"""约好的今天下午2点到6点上门，我把别的事都推了在家等了一下午，师傅没来，打他电话一直无人接听。
热水器还是老样子，打开十几秒就熄火，不出热水。
订单DD20250221056买的燃气热水器，麻烦重新安排一下，我平时上班，只有周末全天在家。
请师傅上门前先跟我确认，我电话 186 5172 9034。

孙浩波

在 2025-03-20 16:02:11，"暖居热水器客服" <service@nuanju-home.com> 写道：
> 尊敬的客户您好：
>
> 您的报修工单已受理，工单号：202503-0417。
> 我们已为您预约维修师傅张师傅（联系电话：137 7051 2866），上门时间为
> 3月22日（周六）14:00-18:00，请保持电话畅通。
>
> 如师傅未按约定时间上门，或您对本次服务不满意，可拨打24小时服务热线
> 400-886-2301，或投诉专线 400-886-2309 进行投诉，我们将在24小时内处理。
>
> 暖居热水器 售后服务中心""",
L("after_sales", "repair", "normal", "孙浩波", "18651729034", None, "DD20250221056", "repair"),
date="2025-03-22 19:40")

# 4 calm billing question with negation "不是投诉"
M("zh-Hans", "gbk", "8", "钱文静 <qianwj_0620@sohu.com>", "3月账单多了一笔19.9元",
"""客服您好，

先说明一下，我不是投诉，就是想弄明白这笔钱是怎么回事。

我家宽带3月份的账单里多了一项"增值业务费 19.90元"，之前几个月都没有。我印象里没有开通过什么增值业务。
是不是去年办套餐的时候送的什么会员，到期之后自动转成收费了？
如果是这样的话，麻烦告诉我一下是什么业务、怎么退订就可以，这个月的19.9我也不纠结了。

客户编号：C20220815033
宽带账号：NJ-KD-7765123
联系电话：177-5196-0382

谢谢！
钱文静""",
L("inquiry", "billing", "normal", "钱文静", "17751960382", "C20220815033", "", "explanation"))

# 5 understated electric shock from a kettle
M("zh-Hans", "u", "b", "周建平 <zhoujp_0412@qq.com>", "水壶的问题",
"""你好，

上周在你们店买了一个电热水壶（型号 KT-1752，订单 DD20250402339）。
这两天倒水的时候，手碰到壶身外面会有点麻麻的感觉，像静电那种，但比静电时间长，手一直碰着就一直有。
我老婆一开始说是我的错觉，今天早上她自己倒水也说手麻。

现在还在用，就想问一下这种情况正常吗？是不是我们家插座的问题？
家里有个三岁的小孩，经常喜欢去摸那个壶。

周建平
+86 135 8812 0467""",
L("emergency", "safety", "urgent", "周建平", "13588120467", None, "DD20250402339", "explanation"))

# 6 calm mail full of complaint words: a policy question
M("zh-Hans", "u", "q", "吴敏 <wumin@hzruitai.com>", "关于贵司投诉处理流程的几个问题",
"""您好：

我是杭州瑞泰电子采购部的吴敏。我司正在做年度供应商评估，表格里有一项是"供应商客诉处理机制"，需要我们填写，所以想向贵司了解几个问题：

1. 客户投诉一般多长时间内会有首次回复？
2. 如果客户对投诉处理结果不满意，是否可以申请复核或升级？
3. 投诉记录和处理结果会保存多久？
4. 是否有书面的投诉处理制度可以提供一份？

说明一下：我们目前和贵司合作一切正常，没有需要投诉的事情，只是填表需要。

谢谢！

吴敏
杭州瑞泰电子有限公司 采购部
电话：0571-8802 6431 转 8012""",
L("inquiry", "policy", "low", "吴敏", "057188026431", None, "", ""))

# 7 misdirected internal weekly report full of category words
M("zh-Hans", "gbk", "b", "陈思远 <chensy@xinhe-logistics.com>", "华东区客服组周报（第12周）",
"""李经理：

您好，华东区客服组第12周数据汇报如下：

一、来电及工单
1. 总进线 4,128 通，环比 +6%；
2. 投诉量 213 单，环比上升 12%，主要集中在配送延迟（约六成）和包裹破损；
3. 退款申请 38 单，已处理 35 单，剩余 3 单等财务审核；
4. 紧急工单 3 单（2 单账户异常、1 单冷链温控报警），均已闭环。

二、系统
周三下午 15:20-16:00 仓储 WMS 宕机约 40 分钟，已由 IT 恢复，期间约 60 单延迟出库。

三、下周重点
1. 跟进苏州仓破损率问题；
2. 新人培训两场（周二、周四下午）；
3. 配合质量部做 Q1 客诉复盘。

详细表格见附件，有问题随时找我。

陈思远
信和物流 华东区客服组""",
L("other", None, "low", "陈思远", None, None, "", ""))

# 8 suggestion with a bit of sarcasm
M("zh-Hans", "u", "8", "林晓 <linxiao_design@qq.com>", "记账APP能不能加个夜间模式",
"""你们好～

用你们的记账App两年多了，总体挺好用的，每天晚上睡前记一下当天的开销已经成习惯了。
就是有个小问题：晚上十一点关了灯躺床上打开App，白色背景亮得跟手术室的无影灯一样，眼睛直接被闪一下😂

几个建议，供参考：
1. 加一个夜间/深色模式；
2. 最好能跟随系统自动切换；
3. 统计页的饼图颜色现在有几块太接近了（两种绿色），深色模式下可以考虑换一套配色。

不是什么急事，有空排期就行。谢谢！

林晓""",
L("suggestion", "feature_request", "low", "林晓", None, None, "", ""))

# 9 installation; hard deadline of a few hours mentioned in passing
M("zh-Hans", "g18", "b", "何宇航 <heyuhang93@163.com>", "空调安装时间",
"""您好，

我在你们官方旗舰店买了一台挂机空调（KFR-35GW/N1），订单编号：1029384756102938475，
原来约的是昨天下午安装，结果等到晚上八点也没人来，客服说师傅排不开。

能不能安排师傅今天上午过来装？新房钥匙在我这，我下午三点的高铁回老家，走了要半个月才回来，
今天装不了就只能拖到下个月了。外机位置和打孔位置我都跟物业确认好了，不需要另外报备。

麻烦师傅出发前给我打个电话：186-0213-5547

何宇航""",
L("after_sales", "installation", "urgent", "何宇航", "18602135547", None, "1029384756102938475", "callback"),
date="2025-05-16 07:52")

# 10 polite but repeated; escalation threat in calm language
M("zh-Hans", "u", "8", "郑雅琴 <zhengyaqin@szmail.cn>", "关于实木餐桌开裂问题的第三次来信",
"""您好：

这是我就同一问题第三次来信。前两封邮件（3月2日、3月11日）除了一封自动回复，没有任何人回复过，3月11日那封转发在下方。

简要说明：我于2025年1月9日购买贵司"北欧白橡实木餐桌 1.6米"一张，订单号：A2025010988127。使用不到两个月，桌面中间出现一道贯穿裂缝，长约40厘米，并且还在继续变宽。家中一直开着加湿器，室内湿度在45%-55%之间，不存在过度干燥的情况。

我的诉求：
1. 退货并全额退款；
2. 对此问题给出书面答复。

我仍然希望通过协商解决。但如果本周五（3月21日）前仍未收到书面答复，我将向12315及深圳市市场监督管理局反映，并保留通过法律途径解决的权利。

郑雅琴
电话：0755-2671 3398

---------- 转发的邮件 ----------
发件人：郑雅琴 <zhengyaqin@szmail.cn>
日期：2025年3月11日 20:31
主题：餐桌开裂，请尽快处理

您好，3月2日发过一封邮件，一直没有回复。再说一次：订单号A2025010988127，客户编号C20240911076，餐桌桌面开裂，照片见附件。请尽快联系我。""",
L("complaint", "product_quality", "urgent", "郑雅琴", "075526713398", "C20240911076", "A2025010988127", "return refund explanation"),
date="2025-03-18 09:05")

# 11 thanks-only, recalling a past leak and the complaints made then; technician phone is a trap
M("zh-Hans", "gbk", "8", "冯国庆 <fengguoqing_hf@163.com>", "感谢李师傅",
"""客服同志你好：

我姓冯，住合肥蜀山区。上个月我家滚筒洗衣机进水管爆了，漏了一地水，把楼下邻居家的天花板都泡了。那天我急得不行，打你们电话打了好几次，还说了要投诉，态度也不太好，在这里说声不好意思。

后来你们派了李师傅过来（他留的电话是 139 0551 6672），第二天一早就到了，换了进水管和阀门，还帮我跟楼下邻居解释了情况，一分钱上门费没收。这一个月用下来一点问题都没有。

现在像李师傅这样负责的年轻人不多了，请一定替我转达谢意，最好给他表扬一下。

没有别的事，不用回复。

冯国庆""",
L("other", "thanks", "low", "冯国庆", None, None, "", ""))

# 12 HTML-only; merchant's POS backend down, told calmly
M("zh-Hans", "u", "8", "黄丽 <huangli.store@163.com>", "收银后台登不上",
"""<div>你好，</div>
<div><br></div>
<div>我们门店的收银后台从今天早上10点左右开始就登录不上，一直转圈，最后提示&ldquo;网络异常 E502&rdquo;。</div>
<div>店里wifi和手机热点都换过了，收银机也重启了两次，还是一样。同一条街另一家用你们系统的店也说登不上。</div>
<div><br></div>
<div>现在只能让客人扫我个人的微信收款码，会员积分和优惠券都用不了，晚上也没法对账。中午是我们最忙的时候。</div>
<div><br></div>
<div>商户号：M8812034</div>
<div>店长 黄丽&nbsp;&nbsp;电话：136 0241 8875</div>""",
L("emergency", "system_outage", "urgent", "黄丽", "13602418875", "M8812034", "", ""),
html=True, date="2025-04-12 11:03")

# 13 terse follow-up on a ticket; order id only in the subject
M("zh-Hans", "u", "8", "韩冬 <handong_1990@foxmail.com>", "Re: 【工单号202504-0233】订单DD20250411708 发货时间",
"""请问现在有进展了吗？

小韩

------------------ 原始邮件 ------------------
发件人: "优品生活客服"<kefu@youpin-life.com>
发送时间: 2025年4月15日(星期二) 上午10:26
主题: 【工单号202504-0233】订单DD20250411708 发货时间

您好，已为您联系仓库催促发货，预计3个工作日内发出，发出后会短信通知您。
如有疑问请拨打客服热线 400-655-7120。
客服专员 小米（工号 3321）""",
L("inquiry", "order_status", "normal", "韩冬", None, None, "DD20250411708", ""),
date="2025-04-19 14:48")

# 14 two issues: a return (main) plus a remark about the courier
M("zh-Hans", "gbk", "q", "宋佳 <songjia_sz@139.com>", "退货 + 顺便说下快递",
"""你好，

订单号：DD20250506212，买的那双白色运动鞋（38码）尺码偏小，脚趾顶得难受，想退货退款。鞋子只在家里地板上试穿过，吊牌和鞋盒都在。

请问是直接在App上点退货就行，还是需要先跟你们这边登记？运费谁出？

另外顺便说一句，这次给我送货的快递员态度挺差的，电话都没打就直接扔在楼道门口，我下班回来才看到。快递单号 YT7512236609853，你们有空可以跟快递公司反映一下，不追究也没关系。

宋佳
手机：１３８２６６０４１９７""",
L("after_sales", "return", "normal", "宋佳", "13826604197", None, "DD20250506212", "return refund"))

# 15 wrong item, forwarded own earlier mail (phone is in the customer's own forwarded text)
M("zh-Hans", "u", "b", "蔡婷婷 <caitingting0311@163.com>", "Fw: 收到的颜色不对",
"""上周发的邮件一直没人回，再发一遍。
已经快十天了，沙发套还是错的那个在我家放着。我下单的时候特意对过色号，不是我选错。

---------- 转发邮件 ----------
发件人：蔡婷婷 <caitingting0311@163.com>
日期：2025年5月27日 21:40
收件人：service@mujia-home.com
主题：收到的颜色不对

你好，我5月20号下单的三人位沙发套，订单号：DD20250520633，下单选的是"雾霾蓝"，今天收到拆开是"米白"，包装袋上的标签也写的是米白。
麻烦给我换成雾霾蓝，退回的运费应该你们出吧。
手机 15921887306""",
L("complaint", "wrong_item", "normal", "蔡婷婷", "15921887306", None, "DD20250520633", "exchange"),
date="2025-06-05 20:12")

# 16 HTML-only phishing aimed at the support mailbox
M("zh-Hans", "u", "b", "邮箱管理中心 <admin@mail-secure-verify.top>", "【紧急】您的企业邮箱将于24小时内停用",
"""<html><body>
<p>尊敬的邮箱用户：</p>
<p>系统检测到您的企业邮箱 <b>support@example.com</b> 存在<span style="color:red">异常登录</span>，且存储空间已超出限额（99.8%）。</p>
<p>为保障账户安全，请在 <b>24小时内</b> 点击下方链接完成身份验证，逾期邮箱将被永久停用，所有邮件将无法恢复。</p>
<p><a href="http://mail-secure-verify.top/login?id=88231">立即验证 &gt;&gt;</a></p>
<p>本邮件由系统自动发送，请勿直接回复。</p>
<p>邮箱管理中心<br>&copy; 2025 Mail Security Center</p>
</body></html>""",
L("other", None, "low", None, None, None, "", ""),
html=True)

# 17 negation: "not account theft, no need to handle"; the real point is rude hotline staff
M("zh-Hans", "g18", "8", "马振华 <mazhenhua66@163.com>", "账号被盗的事（已查清）",
"""你好，

前天晚上我发现账户里多了几条游戏充值记录，以为账号被盗了，赶紧打了你们95号段的客服热线。后来查清楚了，是我儿子拿我手机登的，密码也是他偷看的，不是盗号，钱的事我们家里自己解决，这个不用你们处理了。

但是有件事我必须说一下。那天晚上接电话的客服（工号1187），我刚说了两句，他就说"您先确认是不是家里人用的，别什么都往我们身上推"，我问他怎么冻结账户，他说"自己去App里找"，然后就挂了。

事后证明确实是家里人用的，但这不是他这种态度的理由。如果真是被盗了呢？我一个五十多岁的人，半夜着急打过去，得到的就是这种回答。

希望你们查一下当晚的录音，给我一个道歉。

马振华
手机 138 0371 2245""",
L("complaint", "service_attitude", "normal", "马振华", "13803712245", None, "", "apology"))

# 18 sarcasm under a "thank you" subject; wrong auto-renewal charges
M("zh-Hans", "u", "q", "xiaoyun <dengxy88@sina.com>", "感谢贵司的\u201c贴心\u201d服务",
"""你好，

真是太贴心了，怕我忘记续费，一个月之内帮我续了三次。

会员号 C20230305129。3月5日、3月6日、3月9日各扣了 ¥25，一共 ¥75。
我上个月就在"设置-自动续费"里关掉了，当时还截了图，页面显示"已关闭"。

我不需要三个月的会员，也没打算续。麻烦把这三笔都退给我，并且解释一下为什么关了自动续费还会扣钱。

邓小芸""",
L("complaint", "billing", "normal", "邓小芸", None, "C20230305129", "", "refund explanation"))

# 19 elderly, wordy product question about cat food
M("zh-Hans", "gbk", "8", "胡秀英 <huxiuying1953@163.com>", "问问猫粮",
"""小同志你好，

我是苏州的胡阿姨，今年七十一了，字打得慢你别见怪。我家那只橘猫叫团团，今年十四岁了，上个月去宠物医院查了，医生说肾不太好，指标有点高，叫我以后给它吃低磷的粮，少吃零食。

我外孙女给我看了你们家的"老年猫专用粮"，说是你们家的。我想问问：
一是这个粮里面磷的含量是多少，算不算低磷？医生说要低于百分之零点八还是零点几，我记不太清了。
二是能不能跟湿粮罐头一起吃，一天喂几顿合适？
三是团团牙也不太好了，颗粒大不大，硬不硬？

麻烦你们告诉我一下，我好让外孙女帮我在网上下单。有事打我家电话 0512-6523 8870，白天我都在家。

谢谢你们了
胡秀英""",
L("inquiry", "product_info", "low", "胡秀英", "051265238870", None, "", ""))

# 20 warranty claim; serial number and IMEI are not phones/orders
M("zh-Hans", "u", "b", "江涛 <jiangtao_auto@outlook.com>", "行车记录仪保修",
"""你好，

去年11月在你们旗舰店买的4G行车记录仪（型号 DV-X7 Pro），订单号 PO-2024-118830，保修一年。
最近一周屏幕完全不亮，但是按键有提示音，App里也能看到设备在线，录像好像还在录，就是屏幕黑的。
线和点烟器都换过，排除了供电问题。

机器背面的信息：
SN：DC70A2311K08842
IMEI：868123051234567

还在保修期内，发票也在，想申请保修维修。请告诉我寄到哪里，或者附近有没有售后点。

江涛
+86 187 2103 9956""",
L("after_sales", "warranty", "normal", "江涛", "18721039956", None, "PO-2024-118830", "repair"))

# 21 HK Cantonese; angry, third email, threatens 消委會 and going online
M("zh-Hant", "u", "q", "陳家豪 <kaho.chan88@yahoo.com.hk>", "第三次send email問",
"""喂，

我已經係第三次send email同埋打咗兩次電話，你哋到而家都冇一個人正正經經答過我。

訂單編號 HK240918-5521，九月十八號落單買嘅雪櫃，話七個工作天送到，而家十月十號喇，連送貨日期都未約。每次打去都話「幫你跟進」，跟咗三個禮拜跟咗啲乜？屋企冇雪櫃用咗成個月，日日出去買餸買一餐食一餐。

我而家要即刻退返全數，仲要賠返我呢個月嘅損失。
聽日之前再冇人覆，我就去消委會，順便將成件事連截圖放上網，等大家睇下你哋點做生意。

陳生
6218 3307""",
L("complaint", "delivery_delay", "urgent", "陳家豪", "62183307", None, "HK240918-5521", "refund compensation"),
date="2024-10-10 22:31")

# 22 Taiwan exchange follow-up; quoted agent reply with 0800 hotline, extension, 客訴 wording; tracking no. is a trap
M("zh-Hant", "b5", "b", "許雅婷 <yating.hsu@gmail.com>", "Re: 換貨申請",
"""您好，

我已經照你們說的把洋裝寄回去了，黑貓宅急便單號 9012-3456-7890，9/2 寄出，官網查詢顯示 9/3 就送達你們倉庫。
可是到現在快兩個禮拜了，新的 M 號還沒有寄給我，訂單頁面也一直顯示「換貨處理中」。
麻煩幫我查一下 M 號什麼時候可以寄出，謝謝。

訂單編號：TW20240815033
許雅婷 0912-318-556

----- 原始郵件 -----
寄件者：花漾服飾客服中心
日期：2024/08/30 上午 11:20
主旨：換貨申請

許小姐您好：
已收到您的換貨申請（S 號換 M 號）。請將商品連同吊牌寄回：
台北市內湖區瑞光路 188 號 5 樓 花漾服飾 退換貨組
收到商品後 3-5 個工作天內為您寄出新品。
如有任何問題，歡迎來電客服專線 0800-231-886 分機 215（專員 林小姐），
若對服務有任何不滿，亦可撥打客訴專線 02-2658-7700。
花漾服飾客服中心 敬上""",
L("after_sales", "exchange", "normal", "許雅婷", "0912318556", None, "TW20240815033", "exchange"),
date="2024-09-15 10:40")

# 23 Taiwan; understated overheating plug on a dehumidifier, no alarm words
M("zh-Hant", "u", "8", "蔡明哲 <mingche.tsai@hotmail.com>", "除濕機插頭",
"""你好，

家裡的除濕機（型號 DH-12T，今年梅雨季前在你們網站買的）最近都開整天。
昨天晚上要拔插頭的時候，發現插頭其中一支金屬腳變得黑黑的，插座面板那一圈也有點黃黃的，插頭拔下來的時候摸起來很燙，燙到要馬上放手。

我先拔掉了，現在沒在用。插座是一般的牆壁插座，上面沒有插其他東西。
想請你們派人來看一下是機器的問題還是插座的問題，我不太敢再插上去。

蔡明哲
04-2236-7781""",
L("emergency", "safety", "urgent", "蔡明哲", "0422367781", None, "", "repair"))

# 24 HK, how-to question in written Chinese (Big5)
M("zh-Hant", "b5", "8", "梁太 <leung.family.hk@netvigator.com>", "請問智能手錶如何連接新手機",
"""你好，

我早前在貴公司門市購買了一隻智能手錶（型號 FitPro S3），一直連接我舊的 Android 手機使用，沒有問題。
上星期我換了一部 iPhone，想請問：

1. 手錶要先在舊手機解除配對，還是可以直接用新手機連接？
2. 以前記錄的步數和睡眠資料，換手機之後會否消失？
3. iPhone 是否需要下載另一個 App？

我對這些不太熟悉，麻煩一步一步說明，謝謝。

梁太""",
L("inquiry", "how_to", "low", "梁太", None, None, "", ""))

# 25 Taiwan; feedback about the complaint form, full of complaint words but not a complaint
M("zh-Hant", "b5", "q", "王柏翰 <pohan.wang@gmail.com>", "關於你們的客訴表單",
"""您好，

先說清楚，這封不是客訴，我的問題上禮拜已經處理好了（退款也收到了），純粹想給一點意見。

上次要申請退款的時候，我在官網找了很久才找到「客訴與退款」的表單，找到之後又遇到幾個問題：
1. 表單一定要填「訂單編號」，可是我是在門市買的，根本沒有網路訂單編號，只能亂填才送得出去；
2. 「問題類型」只有「商品瑕疵」「物流延誤」兩個選項，我的情況兩個都不是；
3. 送出之後沒有任何確認信，我不知道到底有沒有送成功，只好又打電話。

老實說填到一半很想罵人，但客服人員後來處理得很好，所以覺得可惜。
建議表單可以改一下，門市消費的客人也能順利使用。

王柏翰""",
L("suggestion", "feedback", "low", "王柏翰", None, None, "", ""))

# 26 HK job application, HTML-only; the applicant's own name and phone are labelled
M("zh-Hant", "u", "q", "黃詠琪 <wingkei.wong.hk@gmail.com>", "應徵客戶服務主任（Ref: CS-2024-07）",
"""<p>敬啟者：</p>
<p>本人於 JobsDB 得悉貴公司招聘<b>客戶服務主任</b>一職，特此應徵。</p>
<p>本人黃詠琪，現年二十七歲，畢業於香港理工大學，過去四年於一間電訊公司客戶服務中心工作，主要負責：</p>
<ul>
<li>處理客戶查詢、投訴及退款個案，每月平均處理約 600 宗；</li>
<li>跟進緊急個案（如帳戶被盜、網絡中斷），並協調技術部門；</li>
<li>培訓新入職同事。</li>
</ul>
<p>本人操流利粵語、英語及普通話，熟悉 Salesforce 及 Zendesk 系統。履歷表已附上，如蒙賜覆，請致電 9476 2210 或電郵聯絡本人。</p>
<p>黃詠琪 謹上</p>""",
L("other", None, "low", "黃詠琪", "94762210", None, "", ""),
html=True)

# 27 HK; rude store staff, angry without any complaint word
M("zh-Hant", "u", "b", "Carmen Lee <carmen.lee.hk@gmail.com>", "旺角店",
"""琴日（星期六）下晝三點幾去你哋旺角店，想問下我訂咗嗰部手機幾時到貨。

櫃檯個男職員，戴眼鏡，名牌寫住 Jason，我問佢嘅時候佢望都冇望我一眼，繼續碌住部手機，講咗句「唔知，自己上網睇」。我再問多次，佢話「都話咗唔知囉，後面仲有人排緊」。但係後面根本冇人。

我喺你哋度買咗三部機、兩份上台計劃，第一次俾人咁對待。
我想知你哋公司係咪咁樣教員工，同埋係咪應該有人同我講聲對唔住。

李太 Carmen""",
L("complaint", "service_attitude", "normal", "Carmen Lee", None, None, "", "explanation apology"))

# 28 Taiwan eatery; commercial freezer down, opening at 5 pm mentioned in passing; old technician's phone is a trap
M("zh-Hant", "b5", "b", "林淑芬 <afang.snack@yahoo.com.tw>", "冷凍櫃又不冷了",
"""您好，

我們店裡跟你們買的那台四門營業用冷凍櫃（型號 RF-1480），今天早上開店準備的時候發現完全不冷，溫度顯示 12 度，壓縮機一直在響但是不會停。
這台上個月才修過一次，那時候是陳師傅來的，他留的手機 0922-551-903 今天打了三次都沒人接。

裡面的肉跟海鮮我先搬去隔壁借放了，可是晚上五點就要開店，沒有冷凍櫃根本沒辦法營業。
麻煩今天中午前派師傅過來，拜託了。

客戶編號：C20230612045
阿芳小吃 負責人 林淑芬
0935-226-418""",
L("after_sales", "repair", "urgent", "林淑芬", "0935226418", "C20230612045", "", "repair"),
date="2024-11-08 09:20")

# 29 Taiwan; HTML-only; restaurant's online booking SaaS down, very polite
M("zh-Hant", "u", "b", "張家瑜 <chiayu.chang@lumiere-bistro.tw>", "不好意思打擾，後台好像有點狀況",
"""<div>您好，不好意思打擾了。</div>
<div><br></div>
<div>我們是使用貴公司線上訂位系統的餐廳（Lumière 小酒館）。從今天中午大約 12:30 開始，管理後台一直顯示 <b>503 Service Unavailable</b>，完全進不去；客人那邊的訂位頁面也打不開，已經有兩位客人打電話來說無法訂位。</div>
<div><br></div>
<div>今晚系統裡原本有三十幾組訂位，我們現在看不到名單，不知道幾點有誰要來。我們這邊換過電腦和網路都一樣。</div>
<div><br></div>
<div>會員編號：C20220418009</div>
<div>方便的話麻煩回電給我，謝謝您 🙏</div>
<div><br></div>
<div>張家瑜&nbsp;/ 店長<br>02-2718-6630</div>""",
L("emergency", "system_outage", "urgent", "張家瑜", "0227186630", "C20220418009", "", "callback"),
html=True, date="2025-02-14 14:05")

# 30 HK formal; return policy question before buying
M("zh-Hant", "b5", "8", "周小姐 <chow.yy@hotmail.com>", "減價貨品可否退換",
"""您好，

我打算在貴公司網店購買一件減價中的羊毛大衣（原價 $1,280，現價 $699），但不確定尺碼是否合適，想先了解一下：

1. 減價貨品是否同樣享有七天退換？
2. 如果尺碼不合，可否只換尺碼而不退款？
3. 網購的貨品可否拿到門市退換？

謝謝！

周小姐""",
L("inquiry", "policy", "low", "周小姐", None, None, "", ""))

# 31 Taiwan; sarcastic quality complaint about a leaking bottle (replacement leaks too)
M("zh-Hant", "u", "q", "吳佩珊 <peishan.wu@gmail.com>", "保溫瓶的保溫效果真的很好",
"""你們的保溫瓶保溫效果真的很好，好到我裝熱水放包包裡，整個包包也一起變溫暖了——因為漏了一整包。

訂單號碼 20241102TW88213，買的是 500ml 的霧粉色。
第一支蓋子鎖緊還是會從邊邊滲水，我想說可能是個案，上個月你們也很快幫我換了一支。結果新的這支用了兩個禮拜，一模一樣的位置一樣在漏，筆電套跟一本書都泡濕了。

同一個問題連續兩支都有，我覺得這不是運氣不好，是這款的設計或品管有問題。
不用再換第三支了，請直接退款給我。

吳佩珊
0928-771-054""",
L("complaint", "product_quality", "normal", "吳佩珊", "0928771054", None, "20241102TW88213", "refund"))

# 32 HK thanks-only (Big5), recalls an earlier complaint about a wrong delivery
M("zh-Hant", "b5", "q", "何志強 <ho.chikeung@gmail.com>", "多謝你們",
"""你好，

上個月我曾經打電話投訴你們送錯貨，把別人的嬰兒床送到我家，當時語氣很差，現在想起來也不太好意思。

後來負責的 Ivy 小姐每日都打電話給我跟進，第三日就把正確的書檯送到，還親自打來確認安裝好了沒有。書檯用了一個月，很穩固，小朋友也很喜歡。

特意寫這封電郵，多謝 Ivy 和送貨的師傅。不用回覆了。

何先生（何志強）""",
L("other", "thanks", "low", "何志強", None, None, "", ""))

# 33 account takeover told as "not urgent"
M("en", "a", "7", "Greg Palmer <gpalmer.1974@gmail.com>", "quick question about my login",
"""Hi,

Not sure if this is anything, but yesterday evening I got an email from you saying my password had been changed. I didn't change it. This morning I tried to log in and my password doesn't work anymore, and when I clicked "forgot password" it says the reset link was sent to k****@mail.ru, which is definitely not my email.

I also noticed I haven't been getting the usual order emails for a few days.

Not urgent, I know you're busy, whenever someone has a moment.

Customer ID: C20240227114
Greg Palmer""",
L("emergency", "account_security", "urgent", "Greg Palmer", None, "C20240227114", "", ""))

# 34 misleading subject ("Thanks for your order"); late delivery, quoted confirmation with hotline
M("en", "a", "q", "Nadia Okafor <nadia.okafor@outlook.com>", "Re: Thanks for your order!",
"""Three weeks.

Your email below says "ships in 2-3 business days". It is now 22 days later and the order page still says "Preparing". Nobody answered the chat either, it just closes after 10 minutes.

I don't need another "we're sorry for the inconvenience". Either ship order WB-448120 this week with a real tracking number, or cancel it and refund me the full $134.50.

Nadia

On Mon, Apr 7, 2025 at 9:02 AM Woodberry Home <orders@woodberryhome.com> wrote:
> Hi Nadia,
>
> Thanks for your order! We're getting it ready.
>
> Order #WB-448120
> 1 x Linen Duvet Cover Set, Queen, Sage      $134.50
> Estimated dispatch: ships in 2-3 business days
>
> Questions? Call us at 1-888-555-0142 (Mon-Fri 9am-6pm ET)
> or reply to this email.
>
> The Woodberry Home Team""",
L("complaint", "delivery_delay", "normal", "Nadia Okafor", None, None, "WB-448120", "refund"),
date="2025-04-29 18:20")

# 35 refund promised by an agent, long quoted thread full of hotlines, agent ids and "complaint"
M("en", "u", "8", "Siobhan Kelly <siobhan.kelly@gmail.com>", "Re: Your case 202406-221 [URGENT - complaint escalated]",
"""Hi,

Kevin confirmed on 3 June that the refund of £89.99 for the returned boots would be back on my card "within 5-7 working days". It's now the 24th and there's nothing on my statement.

The boots were delivered back to your warehouse on 31 May (you emailed me to say so). Please just process the refund, or tell me the date it was sent and the reference so I can chase my bank.

Order No. 7734519920

Thanks,
Siobhan Kelly
07700 900412

On Mon, 3 Jun 2024 at 14:12, Brightline Footwear Support <help@brightlinefootwear.co.uk> wrote:
> Hi Siobhan,
>
> Thank you for your patience. I've reviewed your case (202406-221), which
> was escalated by our complaints team as URGENT.
>
> I can confirm your return has been received and inspected, and a full
> refund of £89.99 has been approved. Please allow 5-7 working days for it
> to show on your card.
>
> If you need anything else, call us on +44 20 7946 0011 (option 3) and
> quote your case number, or ask for me directly.
>
> Kind regards,
> Kevin M. (Agent ID 4471)
> Customer Care Team, Brightline Footwear
>
> > On 1 Jun 2024, Siobhan Kelly wrote:
> > This is the third time I'm writing about order 7734519920. I want to
> > make a formal complaint. Where is my refund?""",
L("after_sales", "refund", "normal", "Siobhan Kelly", "07700900412", None, "7734519920", "refund"),
date="2024-06-24 12:35")

# 36 calm billing question that uses complaint words negatively
M("en", "a", "7", "Priyanka Desai <priyanka@desai-studio.com>", "Question about our March invoice",
"""Hello,

I'm not filing a complaint, and I'm not unhappy with the service - I just want to understand something before I pass the invoice to our accountant.

Our March invoice for order 88240173 shows two Pro seats at $29 each. We only have one active user on the account (me); my colleague's seat was removed on February 20th. Is the second seat prorated or is it a mistake? If it's correct, could you explain how the billing period works for removed seats?

Customer ID: C20210930007

Thanks,
Priyanka Desai
Desai Studio""",
L("inquiry", "billing", "normal", "Priyanka Desai", None, "C20210930007", "88240173", "explanation"))

# 37 HTML-only feature request, explicitly "not a bug"
M("en", "u", "q", "Tomás Herrera <tomas.herrera@cobaltworks.io>", "Idea: CSV export for time entries",
"""<div>Hi team,</div>
<div><br></div>
<div>This isn't a bug report and nothing is broken &mdash; just a feature idea from a happy user.</div>
<div><br></div>
<div>We use your tracker for about 15 people and at the end of each month I copy time entries into a spreadsheet by hand for client billing. It would save me about two hours a month if I could:</div>
<ol>
<li>export time entries to CSV (filtered by project and date range), and</li>
<li>include the task tags as a column.</li>
</ol>
<div>Keyboard shortcuts for starting/stopping the timer would also be lovely, but the export is the big one.</div>
<div><br></div>
<div>Thanks for a great tool,<br>Tom&aacute;s Herrera<br>Cobalt Works</div>""",
L("suggestion", "feature_request", "low", "Tomás Herrera", None, None, "", ""),
html=True)

# 38 SEO / "reduce complaints" sales pitch aimed at the company
M("en", "a", "7", "Jessica Moore <jessica@rankgrowth-digital.net>", "Urgent: your support page is losing you customers",
"""Hi there,

I was looking at your website and noticed your customer support page isn't ranking for key terms like "refund", "complaint" and "order status". That means unhappy customers can't find answers and end up filing complaints on review sites instead.

Our clients typically see:
- 40% fewer complaint tickets in 90 days
- 3x more organic traffic to help center pages
- faster refund resolution (fewer emails to your team)

We're offering a FREE 30-minute audit this month only - the offer expires Friday, so reply "YES" and I'll send you a calendar link.

Best,
Jessica Moore
Growth Consultant, RankGrowth Digital

If you don't want to hear from us again, reply "unsubscribe".""",
L("other", None, "low", "Jessica Moore", None, None, "", ""))

# 39 payment API returning 500s, understated, business tone
M("en", "a", "7", "Daniel Fischer <d.fischer@nordhaus-shop.de>", "Quick one re: /v2/payments",
"""Hi team,

Quick one - since about 09:40 this morning (CET) every call we make to your /v2/payments endpoint comes back with HTTP 500 and an empty body. Card payments on our checkout are effectively not going through; we've had roughly 70 failed attempts in the last half hour. Our other integrations are fine and nothing changed on our side since last week's release.

Request IDs from a couple of the failures: req_8f21c0a9, req_8f21c7d3.

Probably something on your end? Could someone who can see the logs call me back when you get a chance.

Merchant ID: M30918

Thanks,
Daniel Fischer
Head of E-commerce, Nordhaus""",
L("emergency", "system_outage", "urgent", "Daniel Fischer", None, "M30918", "", "callback"),
date="2025-09-09 16:15")

# 40 polite, third email, solicitor / Trading Standards mentioned courteously
M("en", "u", "q", "Margaret Ellison <m.ellison@btinternet.com>", "Sofa - Order No. FS-2024-09-3371 (third request)",
"""Dear Sir or Madam,

I am writing for the third time regarding the three-seater sofa delivered on 14 September (Order No. FS-2024-09-3371). My emails of 2 October and 16 October have not received a reply beyond an automated acknowledgement.

Within five weeks of ordinary use, the frame under the middle seat cushion has cracked, the seat now sags by several inches, and there is an audible crack when anyone sits down. Photographs were attached to my first email. This is clearly not fit for purpose.

I would like either a full refund of £1,249 including collection, or a replacement sofa of the same model.

I would much prefer to settle this directly with you. However, if I have not had a substantive reply by Friday 1 November, I shall refer the matter to my solicitor and report it to Trading Standards.

Yours faithfully,
Margaret Ellison
01632 960118""",
L("complaint", "product_quality", "urgent", "Margaret Ellison", "01632960118", None, "FS-2024-09-3371", "refund exchange"),
date="2024-10-28 10:10")

# 41 repair request forwarding own earlier mail; technician's number and serial number are traps
M("en", "a", "7", "Leo Marsh <leo.marsh@fastmail.com>", "Fwd: Laptop hinge repair - no reply",
"""Forwarding this again since I haven't heard anything in 9 days.

Also: the repair centre technician who looked at it in store, Ben, gave me his direct number (07700 900781) but it always goes to voicemail.

I just need to know where to send it or when someone can pick it up. I'm fine paying for shipping if that speeds things up.

Leo

---------- Forwarded message ---------
From: Leo Marsh <leo.marsh@fastmail.com>
Date: Tue, 4 Mar 2025 at 19:02
Subject: Laptop hinge repair
To: <repairs@voltline-tech.com>

Hello,

The left hinge on my Voltline Aero 14 has snapped - the screen now wobbles and the bezel is starting to lift. It's 7 months old, so within warranty, and it hasn't been dropped.

Order #LT-90021345
Serial no. 5CG2134XQZ

Please arrange a repair. Best number for me is 07700 900265.

Thanks,
Leo Marsh""",
L("after_sales", "repair", "normal", "Leo Marsh", "07700900265", None, "LT-90021345", "repair"),
date="2025-03-13 08:47")

# 42 terse follow-up; order only in the subject, tracking number is not an order
M("en", "a", "7", "Kenji Watanabe <kenji.w@icloud.com>", "Re: Your order #A7730915 has shipped",
"""Tracking 1Z84X0E90312345678 hasn't moved since Tuesday ("Label created"). Is it lost?

Kenji

> Good news! Your order #A7730915 has shipped.
> Carrier: UPS   Tracking: 1Z84X0E90312345678
> Need help? Visit our Help Center or call 1-800-555-0199.""",
L("inquiry", "logistics", "normal", "Kenji Watanabe", None, None, "A7730915", ""),
date="2025-07-19 09:30")

# 43 space heater plug overheating; "no smoke" but a real safety risk
M("en", "u", "b", "Aisha Rahman <aisha.rahman@yahoo.co.uk>", "Heater question",
"""Hi,

I bought the 2kW oil-filled radiator from you last month (order #HT-20931). It's been on most evenings in my daughter's room.

Tonight when I went to switch it off, the plug and the wall socket were both too hot to hold, and the plastic around one of the plug pins has gone soft and a bit brown. No smoke or sparks or anything like that, so it's probably fine? I've unplugged it for now anyway.

Nothing else is plugged into that socket. I'd rather not use it again until someone tells me what's going on - could you send a replacement, or refund it if this is a known problem with this model?

Thanks,
Aisha""",
L("emergency", "safety", "urgent", "Aisha Rahman", None, None, "HT-20931", "exchange refund"),
date="2025-01-21 22:05")

# 44 out-of-office auto-reply; colleague's phone is a trap
M("en", "a", "7", "Michael Brooks <m.brooks@harlowgroup.co.uk>", "Automatic reply: Your support ticket has been updated",
"""Thank you for your email.

I am out of the office until Monday 13 January with limited access to email. Your message will not be forwarded.

For urgent matters, including anything relating to open orders or invoices, please contact my colleague Sarah Chen on 020 7946 0958 or at s.chen@harlowgroup.co.uk.

Kind regards,
Michael Brooks
Procurement Manager, Harlow Group""",
L("other", None, "low", "Michael Brooks", None, None, "", ""),
date="2025-01-06 09:12")

# 45 HTML-only; two issues (wrong item is the main one, invoice is a side question)
M("en", "u", "8", "Chloe Dubois <chloe.dubois@orange.fr>", "Monitor order + invoice",
"""<p>Hello,</p>
<p>I ordered the 27&quot; QHD monitor (model VX2780-Q), order #: 112-4839201-7734125, and what arrived today is the <b>24&quot;</b> Full HD version (VX2458). The box label says VX2458 as well, so it was packed wrong at your warehouse, not damaged in transit.</p>
<p>I need the 27&quot; for work &mdash; please send the correct monitor and tell me how to return this one. I&rsquo;d rather not pay for return shipping on your mistake.</p>
<p>Also, small thing: could you send me a VAT invoice with my company name (Dubois Conseil) on it? The one in my account only shows my personal name.</p>
<p>Thanks,<br>Chloe Dubois</p>""",
L("complaint", "wrong_item", "normal", "Chloe Dubois", None, None, "112-4839201-7734125", "exchange"),
html=True)

# 46 exchange with a wedding tomorrow morning mentioned in passing; customer's own sizing mistake
M("en", "u", "q", "Emily Carter <emily.carter92@gmail.com>", "Size swap for order DR-661207?",
"""Hi!

I ordered the Sage Green bridesmaid dress in a size 8 (order ref DR-661207) and it's too tight across the back - completely my mistake, I measured wrong, the dress itself is lovely.

Could I swap it for a 10? I'm happy to bring it to the Kensington store this evening or first thing tomorrow, whichever works - the wedding's at 11am tomorrow so whatever is quickest! If the store has a 10 in stock could someone let me know or give me a ring on 07481 223906?

Thank you so much,
Emily x""",
L("after_sales", "exchange", "urgent", "Emily Carter", "07481223906", None, "DR-661207", "exchange callback"),
date="2025-06-13 17:30")

# 47 non-native English feedback, recalls an old refund issue
M("en", "u", "8", "Nguyen Thi Lan <lan.nguyen.hcm@gmail.com>", "some feedback for the course app",
"""Dear team,

I am student of your online IELTS course since one year. Last year I had a problem with the refund for the writing module, it was solved by your staff after some emails, so no problem now, thank you.

I want to give some feedback after using long time:
- video speed only have 1x and 1.5x, please also 1.25x, for me 1.5x is too fast
- the mock test timer is stop when I change to other app on phone, I think it is good but please tell it clearly, first time I was confused
- it is good if teacher comments on writing can be download as PDF

Overall I like the course very much and my score is up from 5.5 to 6.5 :)

Best regards,
Nguyen Thi Lan""",
L("suggestion", "feedback", "low", "Nguyen Thi Lan", None, None, "", ""))

# 48 car parts compatibility; VIN and part numbers are not orders
M("en", "a", "7", "Marcus Reid <marcus.reid77@hotmail.com>", "Will these brake pads fit?",
"""Hi,

Looking at your front brake pads, part number BP-4471-C. Will they fit a 2008 VW Golf 1.9 TDI (VIN WVWZZZ1KZ8W123456)? The car has the 288mm front discs, not the 312mm ones.

Also, do they come with the wear sensor or is that sold separately?

Cheers,
Marcus""",
L("inquiry", "product_info", "low", "Marcus Reid", None, None, "", ""))

# 49 business installation scheduling with a PO number (latin-1)
M("en", "l1", "q", "José Muñoz <jmunoz@hotelcostaazul.es>", "Installation of dishwashers - PO 4500987123",
"""Dear Sir or Madam,

We received the delivery of the 4 commercial dishwashers (model DW-900H) under our purchase order PO 4500987123 on Monday. The units are currently in our storage room, still on the pallets.

According to the contract, installation and commissioning by your technicians is included. Our kitchen renovation will be finished on 24 October, so any date in the week of 27 October would suit us.

Could your installation team please call me to agree a date and confirm what connections (water, drainage, 400V) must be ready beforehand?

Kind regards,
José Muñoz
Technical Manager
Hotel Costa Azul""",
L("after_sales", "installation", "normal", "José Muñoz", None, None, "4500987123", "callback"),
date="2025-10-08 11:20")

# 50 banking app suggestion about 2FA, not a security incident
M("en", "a", "7", "Rebecca Stone <rebecca.stone@protonmail.com>", "Suggestion: authenticator app instead of SMS codes",
"""Hello,

Just a suggestion for the mobile banking app, nothing is wrong with my account.

My office is in a basement with almost no signal, so the SMS login codes often arrive 5-10 minutes late and have already expired by then. Would you consider supporting authenticator apps (TOTP) or push approval inside the app as an alternative to SMS? Many other banks already offer it, and it's generally considered more secure than SMS anyway.

Thanks for considering it,
Rebecca Stone""",
L("suggestion", "feature_request", "low", "Rebecca Stone", None, None, "", ""))
