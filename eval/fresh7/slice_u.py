# fresh7 slice u: hard cases in zh-Hans / zh-Hant / en, written by hand.

# ---------------------------------------------------------------- zh-Hans (20)

# 1 calm billing question under a "投诉" subject
M("zh-Hans", "gbk", "b", "刘晓燕 <liuxy_0622@139.com>", "投诉？算了不算投诉，问个账单的事",
"""您好，

标题写得有点吓人，不好意思，我不是来投诉的，就是想搞清楚一笔费用。

我6月份的账单里多了一项“国际及港澳台漫游费 38.00元”。6月15号到18号我确实去了一趟香港，
但是出发前我在营业厅办了那个“港澳3天畅游包”，当时营业员说流量和接听都包含在里面了。
我算了一下，18号那天是晚上十点多才过的关，会不会是超出那3天了？还是说接听电话另算？

麻烦帮我看一下这38块钱是怎么计算出来的，有明细的话发我一份就行。
昨天打了10010，排了二十分钟没排上，所以写邮件问问。

客户编号：C20230419086
本机号码：152 0731 6648

刘晓燕""",
L("inquiry", "billing", "normal", "刘晓燕", "15207316648", "C20230419086", "", "explanation"),
date="2024-07-03 21:14")

# 2 furious service-attitude complaint under a "咨询" subject
M("zh-Hans", "u", "8", "sunhao88@qq.com", "咨询一下你们徐汇体验店的营业时间",
"""营业时间我不问了，我就想问问你们体验店的店员是怎么培训的！！

上周六（7月13号）下午我去你们徐汇那家体验店，想问一下我家那台咖啡机怎么除垢，
机器是今年3月在你们官网买的，订单号KF20240311093。

接待我的是个戴眼镜的男店员，我刚说两句他就不耐烦了，说“说明书上都有，自己不会看吗”，
我说说明书上写得不清楚，他当着好几个顾客的面说“不会用就别买这么贵的机器”，
旁边另一个店员还在笑。我活了四十多岁第一次在店里被这么说。

机器本身没问题，我也不要退也不要换，我就要一个道歉，
还有你们给我一个说法：这种员工你们打算怎么处理？

孙浩""",
L("complaint", "service_attitude", "normal", "孙浩", None, None, "KF20240311093", "apology explanation"),
date="2024-07-16 08:52")

# 3 coffee shop machine down, afternoon group order -> after_sales repair urgent; technician phone trap
M("zh-Hans", "g18", "q", "半山咖啡 何亚楠 <banshan_coffee@126.com>", "机器又坏了！！！今天下午必须来人",
"""售后你们好，

我是「半山咖啡」的何亚楠，会员编号 C20240312077。店里那台双头商用意式机（设备订单 SC-2403-00871）
今天早上开机以后锅炉一直不加热，压力表停在0，蒸汽棒一点汽都不出。
说明一下：没有漏电，没有冒烟，也没有异味，就是不加热，保险我也看过了没跳。

这台机器才买了四个月，这已经是第二次出问题了。上次5月份来的王师傅（他电话 137 2290 1184）
说是温控器接触不良，换了个零件，结果现在又这样。

最要命的是今天下午3点我有一个40杯的公司团单，现在店里只能卖手冲，
麻烦你们今天中午之前一定派人过来修，修不好就先借我一台备用机。

地址：深圳南山区海德二道 半山咖啡（海岸城后门）
电话/微信同号：+86 186 2033 7715

何亚楠""",
L("after_sales", "repair", "urgent", "何亚楠", "18620337715", "C20240312077", "SC-2403-00871", "repair"),
date="2024-09-21 08:07")

# 4 crowdfunding payment page failing, campaign ends tonight -> emergency system_outage
M("zh-Hans", "u", "b", "蒋若溪 <jiangruoxi@foxmail.com>", "支持者付不了款",
"""你好！

我是平台上“手作陶瓷茶器·第二季”项目的发起人，商户号 M202309150662，项目编号 P-77031。

从今天下午1点左右开始，支持者点“立即支持”之后，付款页面一直转圈，最后弹出“支付通道异常 E502”，
微信支付和支付宝都一样，换手机换电脑也一样。已经有十几个支持者在评论区问我是不是项目出问题了。

这个项目今晚24:00就截止了，现在离目标还差大概3万，最后几个小时本来是冲刺最关键的时候，
付款通道要是一直这样，项目很可能就失败了。

请你们技术马上排查，并且请尽快给我回个电话：138-1762-0945。

蒋若溪""",
L("emergency", "system_outage", "urgent", "蒋若溪", "13817620945", "M202309150662", "", "callback"),
date="2024-11-30 15:26")

# 5 long print-quality question, burning smell buried and understated -> safety
M("zh-Hans", "gbk", "8", "高远 <gaoyuan_maker@163.com>", "打印件表面有波纹，想请教一下参数",
"""客服你好，

我8月底买的你们家那款CoreXY打印机（订单号：3DP-0822-4471-CN，机身SN：K1M2404A0193），
用了快一个月了，整体挺满意的，就是最近打PETG的时候侧面老有一圈一圈的波纹，
像水波一样，间距大概2毫米。我试过：
1. 把打印速度从250降到150，好一点但还是有；
2. 重新调了皮带张紧；
3. 换了一卷新的耗材，没区别。
网上有人说是共振补偿要重新测，我也跑了一遍，还是有。想问一下你们有没有推荐的参数。

另外顺便说一下，昨天晚上打到一半的时候闻到一股焦糊味，挺冲的，我过去看了一下，
挤出头后面那一束线靠近接头的地方外皮好像有点发黑，摸上去烫手。我当时就把电源拔了，
今天还没敢再开。也可能是我多心了，耗材烧糊了也是这个味道？
这种情况还能继续用吗？要不要寄回去给你们检修？

谢谢！
高远
QQ：472918305""",
L("emergency", "safety", "urgent", "高远", None, None, "3DP-0822-4471-CN", "explanation repair"),
date="2024-09-27 10:41")

# 6 parent: school uniform two sizes too big -> after_sales return (annoyed), full-width phone, GB2312
M("zh-Hans", "gb", "8", "杨丽 <yangli_1983@sina.com>", "校服尺码不对",
"""你好：

孩子学校统一在你们这里订的秋季校服，今天发到班上了。我们按你们给的尺码表量的，
身高１４６填的１５０码，结果拿回来一穿，袖子长出一大截，裤腿拖地，起码大了两号。
班上好几个家长都说偏大，你们这个尺码表根本就不准。

孩子现在只能先穿去年的旧校服。这套我们不要了，麻烦给办一下退货退款，
退回来的运费我希望你们出，毕竟是尺码表的问题。

订单号：XF-2024-0918-0032
六年级（3）班 周子墨 家长 杨丽
电话：１３５ ８８２６ ０４１７""",
L("after_sales", "return", "normal", "杨丽", "13588260417", None, "XF-2024-0918-0032", "return refund"),
date="2024-09-25 19:30")

# 7 wrong school uniform second time + 12315/media threat -> complaint wrong_item urgent; QQ quote with hotline trap
M("zh-Hans", "u", "8", "马建军 <majianjun_hz@qq.com>", "回复：关于您的换货申请",
"""你们到底有没有在处理？？？

第二次了！上次发来的是实验中学的校服，我申请换货，你们说“已加急处理”，
今天收到的这套，校徽还是错的，这次变成了文澜中学的。我儿子是育才中学的！

下周一学校拍集体照，要求统一穿新校服，全班就我儿子一个人没有。
我已经耐着性子等了十天了，今天之内再没有一个明确答复，
我就打12315投诉，顺便把这两套校服的照片发到家长群和本地的“钱江晚报”爆料栏目。

要求：1）本周五前把正确的校服送到；2）给我一个书面道歉。

马建军  139 0571 8822

------------------ 原始邮件 ------------------
发件人: "校服商城售后" <service@xiaofu-shop.example.com>
发送时间: 2024年9月3日(星期二) 下午4:12
收件人: "马建军" <majianjun_hz@qq.com>
主题: 关于您的换货申请

马先生您好：
非常抱歉给您带来不便。您的换货申请已登记，售后工单号 202409-118，我们已加急处理，
预计3-5个工作日内为您寄出正确校服。如有疑问请拨打售后热线 400-617-2280。
祝您生活愉快！

------------------ 原始邮件 ------------------
发件人: "马建军" <majianjun_hz@qq.com>
发送时间: 2024年9月2日(星期一) 晚上9:48
主题: 校服发错了

订单 XY240903118，收到的校服校徽是实验中学的，我们是育才中学，请换货。""",
L("complaint", "wrong_item", "urgent", "马建军", "13905718822", None, "XY240903118", "exchange apology"),
date="2024-09-13 07:55")

# 8 calm cold-chain logistics question; tracking number and landline extension traps
M("zh-Hans", "u", "q", "吴志刚 <wuzg@xianhui-scm.example.cn>", "冻虾这批货现在到哪了",
"""您好，

我们11月5号下的一单冷冻白虾，从湛江发成都，订单号 LL-20241105-0098，
顺丰那边给的运单号是 SF1409873301245，但是网上的轨迹从昨天中午到了长沙中转以后就没再更新了。

不是催，也没有说你们有问题，主要是我们这边冷库周五要盘点，想确认一下这批货大概哪天能到，
好安排人接。另外如果途中有温度记录，方便的话也发我们一份。

谢谢！

成都鲜汇餐饮供应链有限公司  采购部
吴志刚
电话：028-8532 6671 转 805""",
L("inquiry", "logistics", "normal", "吴志刚", "02885326671", None, "LL-20241105-0098", "explanation"),
date="2024-11-08 10:03")

# 9 late cherries, dissatisfied -> complaint delivery_delay; NetEase quote with 95338 / agent phone traps
M("zh-Hans", "gbk", "b", "邓莉 <dengli_fresh@163.com>", "Re: 您的订单已加急",
"""你们所谓的“加急”就是比承诺晚了整整两天？

28号下的单（CC2412280451），页面上写的是“冷链次日达”，我是要元旦家里聚会用的，
结果1月1号晚上八点多才送到，客人都走了。打开一看泡沫箱里的冰袋全化了，
车厘子有三分之一都软了，有几颗已经出水。

我不想再听“物流高峰”这种解释。我付的是冷链次日达的钱，你们没做到。
请给我一个合理的赔偿方案，并且解释清楚到底是哪个环节耽误的。

邓莉


在 2024-12-31 18:20:11，"鲜果优选客服" <kefu@xianguo.example.com> 写道：
>亲爱的顾客您好，您的订单因物流高峰略有延迟，我们已为您加急处理，
>预计明日上午送达。如遇紧急情况请拨打顺丰客服 95338，
>或联系您的专属客服小陈：177 2015 3360。感谢您的理解与支持！""",
L("complaint", "delivery_delay", "normal", "邓莉", None, None, "CC2412280451", "compensation explanation"),
date="2025-01-02 09:17")

# 10 writing on behalf of mother, understated account takeover -> emergency account_security
M("zh-Hans", "gbk", "8", "钱雨桐 <qianyutong@126.com>", "帮我妈妈问一下套餐的事",
"""你好，我是替我妈妈写的邮件，她不太会用电脑。

她的号码尾号2207（机主王桂芳，客户编号 C20190622315）。今天上午她手机上一下子收到了五六条验证码短信，
她以为是骚扰短信就没管。下午我帮她看话费的时候发现，套餐被改成了199元的，
还多开了一张副卡，服务密码也登不上去了，提示“密码已修改”。

这些我妈都没有操作过，她连你们的App都没装。也不知道算不算什么大事，会不会是系统自动升级？
但是副卡这个我觉得不太对劲。

麻烦帮忙查一下到底怎么回事，需要的话先把这个号冻结一下。
有事请打我电话：186 5512 9034

钱雨桐""",
L("emergency", "account_security", "urgent", "钱雨桐", "18655129034", "C20190622315", "", "explanation"),
date="2025-03-18 17:42")

# 11 complaint-sounding suggestion: online repair booking in app
M("zh-Hans", "u", "8", "林可 <linke.ok@outlook.com>", "你们的报修流程真的太麻烦了",
"""管家你好，

我住3栋1207，说实话每次报修都挺烦的：得先在群里@管家，管家不一定回，再打电话，
电话经常没人接，师傅什么时候来也没人告诉我，上次热水器那次我请了半天假在家等。

所以提个建议：能不能在“安居寓”App里加一个在线报修的入口？
拍照上传问题、选一个上门时间段、能看到师傅接单了没有、大概几点到，修完了再点个确认。
很多长租公寓App都有这个功能了。

不是投诉哈，这次的问题已经修好了，就是希望以后能方便一点。

林可""",
L("suggestion", "feature_request", "low", "林可", None, None, "", ""),
date="2025-04-09 22:16")

# 12 thanks subject, main intent a suggestion; technician name/phone trap
M("zh-Hans", "g18", "b", "曹文静 <caowenjing@yeah.net>", "感谢张师傅",
"""您好：

上周四卫生间天花板漏水，张师傅（他电话159 2601 7748）当天晚上就来了，查出来是楼上的管子接口松了，
修得很利索，这里先谢谢他。

不过有两点想提一下，希望你们以后改进：
一是上门前能不能提前发个短信，说一下大概几点到。那天我从下午两点等到晚上七点，中间打了三次电话问；
二是修完以后天花板拆下来的石膏板碎渣留在了地上，我自己收拾了好久。要是师傅能带个小吸尘器或者垃圾袋就更好了。

也不是什么大问题，就是个建议，供你们参考。

4栋602 曹文静""",
L("suggestion", "feedback", "low", "曹文静", None, None, "", ""),
date="2025-05-20 20:05")

# 13 crowdfunding project cancelled, refund overdue -> after_sales refund (annoyed); transaction number trap
M("zh-Hans", "u", "8", "彭磊 <penglei_1990@163.com>", "项目都取消了，钱呢？",
"""客服：

我支持的“折叠电动滑板车 X2”项目10月8号就宣布取消了，平台公告说“7个工作日内原路退回”，
今天已经是10月29号了，我的299元还没到账。

支持订单号：ZC88-20417-A
支付宝支付，流水号 4200002281202410157736482

问了两次在线客服，都说“已提交财务”，然后就没下文了。我不想再听“已提交”了，
麻烦尽快把钱退给我，并告诉我具体哪天能到账。

另外想顺便问一下，以后这种项目取消，能不能直接退到平台余额？不过这个不急，先把钱退了。

彭磊
+86 17721346609""",
L("after_sales", "refund", "normal", "彭磊", "17721346609", None, "ZC88-20417-A", "refund explanation"),
date="2024-10-29 12:38")

# 14 repeated billing complaint with 12315/工信部 threats -> urgent; Outlook-style Chinese quote block
M("zh-Hans", "g18", "b", "黄志明 <huangzm_hz@139.com>", "第三次来信：销户后宽带仍在扣费",
"""这是我第三次为同一件事写邮件了。

我家的宽带8月20日已经在营业厅办理了销户，光猫也当场交还，有回执。
结果9月、10月、11月，每个月照扣89元宽带费，三个月一共267元。

第一次来信你们说“系统延迟，下月自动退回”，没退；
第二次你们给了一个工单号202411-0387，说“已加急”，到现在还是没有任何人联系我。

我现在正式告诉你们：一周内不把267元退回来、不给我书面解释和道歉，
我就去工信部申诉，同时打12315。你们自己掂量。

客户编号：C20210815442
联系电话：0571-8776 2210
黄志明


发件人: 宽带客服中心 <broadband-care@telecom.example.com>
发送时间: 2024年11月12日 14:03
收件人: huangzm_hz@139.com
主题: 回复：销户后仍扣费

尊敬的客户您好，您反映的问题已为您登记（工单号202411-0387），我们已加急处理，
请您耐心等待。如有疑问可拨打客服热线 400-690-5517。""",
L("complaint", "billing", "urgent", "黄志明", "057187762210", "C20210815442", "", "refund explanation apology"),
date="2024-11-26 09:30")

# 15 product info question, mentions an old broken machine from another brand (not after_sales)
M("zh-Hans", "u", "q", "周敏 <zhoumin_0813@qq.com>", "CM-260和CM-380有什么区别",
"""你好，

家里那台老咖啡机用了八年终于坏了（不是你们家的哈，所以不用售后），打算换一台。
在你们官网看了CM-260和CM-380，价格差了一千多，但参数我看不太懂，想请教几个问题：

1. 380的双锅炉和260的单锅炉，日常一天就两三杯拿铁，区别大吗？
2. 两台的蒸汽棒打奶泡效果有差别吗？
3. 能不能用胶囊？家里老人只会用胶囊的。
4. 水箱是不是可以拆下来洗？

谢谢～
周敏""",
L("inquiry", "product_info", "low", "周敏", None, None, "", ""),
date="2025-02-14 13:20")

# 16 HTML spam: filament supplier pitch
M("zh-Hans", "u", "b", "许嘉豪 <xujiahao@chuangcai-3d.example.cn>", "【合作】源头工厂PLA/PETG耗材 批发价直供",
"""<html><head><meta charset="utf-8"></head><body>
<div style="font-family:微软雅黑">
<p>尊敬的采购负责人：</p>
<p>您好！我是深圳创材新材料有限公司的业务经理许嘉豪。我司是3D打印耗材<b>源头工厂</b>，
月产能300吨，产品覆盖PLA、PETG、ABS、TPU、碳纤维尼龙等。</p>
<p>现推出渠道合作政策：<br>
&bull; 1.75mm PLA 1kg 出厂价 <span style="color:red">￥29.8</span> 起<br>
&bull; 支持贴牌OEM、真空包装、干燥剂随箱<br>
&bull; 首单满5000元送样品卷20卷</p>
<p>如贵司有耗材采购或代工需求，欢迎回复本邮件索取报价单及样品。</p>
<p>许嘉豪&nbsp;&nbsp;业务经理<br>
手机/微信：138 2337 9016<br>
深圳市宝安区福永街道凤凰工业区&nbsp;B栋</p>
<p style="font-size:11px;color:#999">如不希望再收到此类邮件，请回复“退订”。</p>
</div></body></html>""",
L("other", None, "low", "许嘉豪", None, None, "", ""),
html=True, date="2025-03-03 09:00")

# 17 very long business email, platform outage buried in the middle -> emergency system_outage
M("zh-Hans", "u", "8", "钟立伟 <zhonglw@beiyu-dairy.example.cn>", "Q3合作回顾及明年线路规划",
"""李经理您好，

先说一下三季度的情况。整体来说这个季度你们的履约还是不错的，华东线路准点率我们这边统计是96.4%，
比二季度高了两个点，司机的态度我们门店那边也反馈挺好。8月高温那段时间，
你们临时加派的两台7.6米冷藏车帮了大忙，这里也谢谢你们调度。

价格方面，明年的框架合同我们财务希望能在现有基础上再谈一下，主要是苏南片区的短途配送，
单价现在比另外一家供应商高了大概8%，这个我们年底再约个时间当面聊。

另外一件事比较急：从今天早上6点左右开始，你们的冷链温控监控平台我们这边就登不上了，
网页一直显示“服务不可用”，App也刷不出数据。我们现在有三辆车在路上，装的是低温酸奶和鲜奶，
完全看不到车厢温度，门店那边收货时也没法调温度曲线做验收，按我们的质量规定，
没有温度记录的货是不能上架的。麻烦让你们技术马上看一下，有进展请第一时间给我回电话。

然后是明年的线路规划。我们计划在合肥和南昌各开一个前置仓，预计三月份投入使用，
到时候会有每天大概两车的增量，线路需要你们提前评估。还有就是春节前的备货高峰，
去年有两天出现过车辆不够的情况，今年希望你们能提前锁定运力。

最后，我们质量部下个月会来你们昆山的冷库做一次年度审核，具体时间我让同事跟你们对接。

谢谢！

北屿乳业 物流部
钟立伟
客户编号：C20220301019
手机：133 2086 7751""",
L("emergency", "system_outage", "urgent", "钟立伟", "13320867751", "C20220301019", "", "callback"),
date="2024-10-15 07:48")

# 18 3D printer hotend clogging, warranty claim; SN trap, +86 phone with dashes
M("zh-Hans", "gbk", "q", "郑一鸣 <zhengyiming@sohu.com>", "喷头总堵，在保修期内吗",
"""您好，

我今年3月5号买的打印机，订单编号 2024030518823907，机身上的SN：AX3-24-011892。

这两个月喷头堵了四次了，每次都是打到一半就不出料，拆下来通一下能用几天，然后又堵。
耗材用的是你们官方的PLA，温度也是按默认的210度。我觉得是喉管或者加热块有问题。

说明书上写整机保修一年，现在才5个月，应该还在保修期吧？
麻烦告诉我怎么走保修，是寄回去修还是你们直接寄个新喷头组件给我换？

郑一鸣
+86 139-1022-4865""",
L("after_sales", "warranty", "normal", "郑一鸣", "13910224865", None, "2024030518823907", "repair"),
date="2024-08-06 20:51")

# 19 terse how-to, no name
M("zh-Hans", "u", "8", "c2_5jiazhang@163.com", "怎么改尺码",
"""校服团购小程序里已经提交的尺码怎么改？填错了，找不到修改按钮。""",
L("inquiry", "how_to", "low", None, None, None, "", ""),
date="2025-06-04 21:37")

# 20 uniform fades after first wash -> complaint product_quality, GB2312 base64
M("zh-Hans", "gb", "b", "冯海燕 <fenghaiyan76@126.com>", "冬季校服洗一次就褪色",
"""你好，

上个月在你们这里买的冬季校服（订单号 20241102-XS-5531），一套三百八十多块。
昨天第一次洗，按标签上写的冷水手洗，结果深蓝色的外套褪色褪得盆里的水都是蓝的，
白色的领口也被染上了一圈蓝，袖口还起了很多球。

我家孩子才穿了一个礼拜。三百多块钱的衣服就这种质量，说实话挺让人失望的。
学校指定的校服，家长也没得选，你们是不是应该对质量负点责任？

请你们给个说法：这是这一批的普遍问题，还是我们运气不好？

冯海燕""",
L("complaint", "product_quality", "normal", "冯海燕", None, None, "20241102-XS-5531", "explanation"),
date="2024-12-09 08:15")

# ---------------------------------------------------------------- zh-Hant (12)

# 21 sparks under a thank-you subject -> emergency safety; hotline trap in quoted marketing mail
M("zh-Hant", "b5", "8", "陳怡君 <yijun.chen0428@gmail.com>", "Re: 感謝您的購買！",
"""您好，

剛剛煮咖啡的時候，插頭那邊突然「啪」一聲，冒出火花，接著聞到一股燒焦的塑膠味，
家裡的總電源也跳掉了。我已經把插頭拔掉，機器現在放在陽台，不敢再用。

這台是上週才在你們官網買的，訂單編號 TW-KS-00917-B。
插座是我們家廚房一直在用的，其他電器都沒問題。

請盡快回電給我，告訴我接下來該怎麼處理，我希望直接換一台新的。
手機：0928 617 305

陳怡君

-----
> 親愛的顧客您好：
> 感謝您的購買！您的咖啡機已於 3/4 出貨，祝您使用愉快。
> 如有任何問題，歡迎撥打客服專線 0800-123-456（週一至週五 9:00-18:00）。""",
L("emergency", "safety", "urgent", "陳怡君", "0928617305", None, "TW-KS-00917-B", "callback exchange"),
date="2025-03-11 08:26")

# 22 office coffee machine delivered but not installed -> after_sales installation; landline with extension
M("zh-Hant", "u", "8", "林佩珊 <peishan.lin@hongsheng-cpa.example.tw>", "咖啡機已送達，但一直沒人來安裝",
"""您好，

敝所於上月底向貴公司訂購一台商用全自動咖啡機（採購單號 PO-113-0457），
機器已於 10/28 送到辦公室，但當時送貨的師傅說要接進水管和排水，需要另外派安裝人員，
會有人跟我們聯絡。到今天已經一個多星期了，還是沒有任何人打電話來。

機器現在用紙箱包著放在茶水間，同事每天經過都問什麼時候可以用。
麻煩儘快安排安裝人員，並來電與我約定時間，平日上班時間都可以。

宏昇會計師事務所　行政部
林佩珊
電話：(02) 2718-5532 分機 12""",
L("after_sales", "installation", "normal", "林佩珊", "0227185532", None, "PO-113-0457", "callback"),
date="2024-11-06 10:12")

# 23 repeated service-attitude complaint, 消保官/NCC threat -> urgent; Outlook quote with suggestion words
M("zh-Hant", "b5", "q", "張文彬 <wenbin.chang@hinet.example.net>", "再次申訴：門市人員態度惡劣",
"""這是我第二次寫信反映同一件事，上次得到的回覆根本是罐頭訊息。

10月5日我到你們板橋府中門市辦理攜碼，櫃檯一位女性門市人員從頭到尾滑手機，
我問資費方案的差別，她說「網站上都有，你自己看」，我要求找店長，她說店長不在，
然後直接叫下一號。之後我打客服專線，講到一半就被掛斷，連續兩次。

我是你們十二年的用戶，從來沒有被這樣對待過。
請在三天內給我正式的書面道歉，並說明對該門市人員的處理結果。
如果再收到罐頭回覆，我會直接向NCC及新北市消保官申訴。

會員編號：C20200514208
張文彬　0935-221-870

-----Original Message-----
From: 客戶服務中心 <care@telecom.example.tw>
Sent: Tuesday, October 8, 2024 3:21 PM
To: wenbin.chang@hinet.example.net
Subject: 回覆：門市服務

張先生您好，感謝您寶貴的建議，我們會將您的意見轉達相關單位作為改進參考。
如有其他問題，歡迎撥打客服專線 0800-080-123。""",
L("complaint", "service_attitude", "urgent", "張文彬", "0935221870", "C20200514208", "", "apology explanation"),
date="2024-10-14 21:05")

# 24 calm crowdfunding order status, "not asking for refund"
M("zh-Hant", "u", "8", "吳冠廷 <kevinwu.tw@gmail.com>", "請問贊助的方案大概何時出貨",
"""您好，

我在今年五月贊助了「城市通勤後背包 2.0」的早鳥雙入組，贊助編號 #BK-559210。
專案頁面原本寫預計 9 月出貨，現在已經 10 月中了，最新一則進度更新是 8 月底。

先說明我不是要退款，只是想知道目前大概的進度，
以及出貨時會不會有物流單號可以查詢？另外想確認收件地址還能不能修改，我下個月會搬家。

謝謝！
冠廷""",
L("inquiry", "order_status", "normal", "吳冠廷", None, None, "BK-559210", "explanation"),
date="2024-10-17 23:02")

# 25 HK wallet abnormal login + transfers -> emergency account_security; HK phone with +852
M("zh-Hant", "u", "b", "李凱琳 <kaylee.lee.hk@gmail.com>", "有人登入咗我個戶口！！",
"""你好，

今朝7點幾收到你哋App通知，話我個帳戶喺「烏克蘭 基輔」登入，
跟住再收到兩個SMS話轉咗 HK$4,800 同 HK$3,200 出去，收款人我完全唔識。
我本人喺香港，成晚都冇用過電話。

我而家登入唔到，話密碼錯誤，應該係俾人改咗。
唔該即刻幫我凍結個戶口，同埋追返嗰兩筆錢。

請盡快打俾我：+852 6123 8807

李凱琳""",
L("emergency", "account_security", "urgent", "李凱琳", "61238807", None, "", "refund callback"),
date="2025-01-22 07:34")

# 26 complaint-sounding suggestion from HK parent about uniform fabric
M("zh-Hant", "u", "q", "黃太 <wongtai.family@yahoo.com.hk>", "夏季校服啲布真係太焗",
"""你好，

我個仔讀小三，今年換咗你哋供應嘅新款夏季恤衫，件衫質地係好嘅，冇褪色冇甩線，
但係布料真係太厚太焗，香港五六月三十幾度，佢每日放學返到屋企件衫都濕晒。
班上好多家長都講緊同一樣嘢。

所以想提個建議：下一批可唔可以轉用透氣啲嘅布料，例如加啲網眼位？
另外體育堂可唔可以出返短褲款，唔好淨係得運動長褲。

唔係投訴，只係想你哋參考下，多謝！

黃太""",
L("suggestion", "feedback", "low", "黃太", None, None, "", ""),
date="2024-06-12 20:40")

# 27 HTML-only thanks recalling an earlier broken box
M("zh-Hant", "u", "8", "蔡明哲 <mingche.tsai@gmail.com>", "這次年貨收到了",
"""<html><body>
<div>您好：</div>
<div><br></div>
<div>上個月那箱帝王蟹到貨時泡沫箱破了、冰都化了，當時跟你們反映之後，
隔天就重新補寄一箱，還附了一張手寫的道歉卡，老實說蠻意外的。</div>
<div><br></div>
<div>今天這批年貨（烏魚子、干貝跟兩盒牛小排）也收到了，箱子完好、<b>溫度計顯示 &minus;18&deg;C</b>，
家人都很滿意。</div>
<div><br></div>
<div>沒有什麼問題要處理，只是想說聲謝謝，辛苦了，祝大家新年快樂！</div>
<div><br></div>
<div>蔡明哲&nbsp;敬上</div>
</body></html>""",
L("other", "thanks", "low", "蔡明哲", None, None, "", ""),
html=True, date="2025-01-24 18:11")

# 28 warped build plate, exchange; quoted agent reply talks about refund
M("zh-Hant", "b5", "b", "謝宗翰 <tsunghan.hsieh@yahoo.com.tw>", "Re: 關於退款流程說明",
"""您好，

我不要退款，我要的是換一片新的平台。

再說明一次：我 6/15 買的打印機（訂單號碼：3D-TW-240615-77），
開箱就發現 PEI 彈簧鋼平台中間有一塊鼓起來，大概 3 公分，怎麼調平都印不好，第一層一邊黏一邊翹。
機器其他部分都正常，我很喜歡，不想整台退。

麻煩直接寄一片新的平台給我換，舊的我可以寄回。
手機 0958-776-214

謝宗翰

> 謝先生您好，
> 若您欲辦理退款，請於七日鑑賞期內將商品連同原廠包裝寄回，
> 退款將於收到商品後 7-14 個工作天退回原付款方式。
> 客服專線 02-8751-3000""",
L("after_sales", "exchange", "normal", "謝宗翰", "0958776214", None, "3D-TW-240615-77", "exchange"),
date="2024-06-20 13:47")

# 29 New Year dishes delivered after New Year's Eve -> complaint delivery_delay; Taichung landline
M("zh-Hant", "u", "8", "劉淑芬 <shufen.liu1965@gmail.com>", "年菜在初一才送到",
"""你們好，

我在一月初就訂了「團圓八菜」年菜組，訂單 NY2024-00318，訂購頁面寫得清清楚楚：
保證除夕（2/9）前一天送達。我 2/8 在家等了一整天沒來，打電話問說已經在路上，
結果是 2/10 大年初一中午才送到，除夕夜我們一家十幾口只好臨時去外面買。

東西雖然還是冷凍的，但過年都過了，我要這些年菜做什麼？
我花了 6,880 元買的是「除夕前送到」，你們沒做到。
請給我一個說法，並且至少退一半的費用作為補償。

劉淑芬
電話：04-2358-7716""",
L("complaint", "delivery_delay", "normal", "劉淑芬", "0423587716", None, "NY2024-00318", "explanation compensation"),
date="2024-02-11 10:25")

# 30 general policy question about early termination, Big5
M("zh-Hant", "b5", "8", "鄭雅婷 <yating.cheng@outlook.com>", "請問提前解約的規定",
"""您好，

我目前租你們信義區的套房，合約到明年三月。因為工作可能會調到高雄，
想先了解一下如果提前解約，規定是怎麼樣？

1. 需要提前多久通知？
2. 押金兩個月是全部沒收，還是按比例扣？
3. 如果我自己找到人接手續租，是不是可以不用違約金？

還沒確定要搬，只是先問清楚，謝謝。

鄭雅婷""",
L("inquiry", "policy", "low", "鄭雅婷", None, None, "", ""),
date="2024-08-22 12:30")

# 31 HK cha chaan teng cloud POS down at lunch -> emergency system_outage; merchant id
M("zh-Hant", "u", "8", "陳生 <goldencup.cafe@gmail.com>", "POS又死機",
"""你哋個雲端POS由今朝11點開始就死咗，落唔到單，八達通同信用卡都收唔到錢，
重啟咗三次都係卡喺「正在同步」。

而家午市，成間舖四十幾張枱，伙計要用紙仔寫單、淨係收現金，客人排晒出門口。

商戶號：MCH-HK-20931
金杯茶餐廳（旺角）陳生
唔該即刻搵人打俾我：9372 4410""",
L("emergency", "system_outage", "urgent", "陳生", "93724410", "MCH-HK-20931", "", "callback"),
date="2024-12-05 12:08")

# 32 job application sent to the service mailbox -> other, name + phone labelled
M("zh-Hant", "u", "8", "曾詠琪 <wingkei.tsang@gmail.com>", "應徵客服專員－曾詠琪",
"""您好，

在 104 人力銀行看到貴公司徵求「客服專員（冷鏈物流）」一職，特此來信應徵。

我畢業於輔仁大學大眾傳播系，曾在電商公司擔任客服兩年，熟悉工單系統及電話客服流程，
也處理過生鮮配送的客訴案件。個性細心、抗壓性佳，可配合輪班。

履歷表已附於附件，如有面試機會，請與我聯絡，謝謝！

曾詠琪
手機：0987-112-563""",
L("other", None, "low", "曾詠琪", "0987112563", None, "", ""),
date="2025-04-28 09:45")

# ---------------------------------------------------------------- en (18)

# 33 dissatisfied about an unannounced fee, no refund request -> complaint billing
M("en", "a", "7", "Gordon Pryce <gpryce@fastmail.example.com>", "New fee on my bill??",
"""Hello,

My April statement has a new line item: "Paper statement fee - $4.99". Nobody told me
about this. No letter, no text, nothing. I have been with you for nine years and I have
always had paper bills because my eyesight is poor and I can't read them on a phone.

Slipping a new charge in without notice is a shabby way to treat long-standing customers.
I would like an explanation of when this was decided and why existing customers were not
informed, and frankly an apology.

Gordon Pryce
Customer ID C20160302558""",
L("complaint", "billing", "normal", "Gordon Pryce", None, "C20160302558", "", "explanation apology"),
date="2025-04-12 11:02")

# 34 calm question about an FX difference on a pledge, misleading subject
M("en", "u", "q", "Priya Raman <priya.raman.design@gmail.com>", "Complaint about my pledge charge (well, sort of)",
"""Hi there,

Not really a complaint, I just couldn't think of a better subject line!

I backed the "Lumen desk lamp" campaign and pledged US$149 (pledge #KS-4471-0093).
My card statement shows US$153.62 for the same transaction. I'm guessing it's a currency
conversion or processing fee, since my card is issued in Singapore, but I'd like to
understand where the extra $4.62 comes from and whether it's charged by you or by my bank.

No rush, thanks!

Priya""",
L("inquiry", "billing", "normal", "Priya Raman", None, None, "KS-4471-0093", "explanation"),
date="2024-05-30 16:44")

# 35 "quick question" with understated burning smell/smoke -> emergency safety
M("en", "a", "7", "Dale Henshaw <dale.henshaw@example.net>", "quick question about print settings",
"""Hey,

Probably not urgent, but figured I should ask. Last night about 2 hours into a print
the power supply on my printer made a loud pop, and there was a burning smell and a bit
of smoke coming out of the vents underneath. I switched it off at the wall and it's been
unplugged since. The print was fine up to then lol.

Is it safe to turn it back on, or is the PSU toast? Order 1128-5530-77 if you need it.

Also, unrelated, what's the recommended retraction for TPU?

Dale""",
L("emergency", "safety", "urgent", "Dale Henshaw", None, None, "1128-5530-77", "explanation"),
date="2024-08-14 09:20")

# 36 university lab printer dead, demo tomorrow 9 am -> after_sales repair urgent; PO# with hash
M("en", "u", "8", "Dr. Marguerite Okafor <m.okafor@biofab-lab.example.edu>", "Z-axis failure - need an engineer today",
"""Dear support team,

Our large-format printer in the Biofabrication Lab stopped working this morning. The Z-axis
motor makes a grinding noise and the bed no longer moves; the controller reports
"Z stepper fault". No smoke, no smell, nothing electrical that I can see - it's mechanical.

The timing could not be worse: tomorrow at 9:00 am we are presenting live prints to our
funding committee, and this is the only machine in the lab that can print at that size.

Could you please send an engineer today, or failing that, lend us a replacement unit?
We are covered by the on-site service contract (Customer ID: C20230611045), and the
original purchase was PO# 4500221873.

Kind regards,
Dr. Marguerite Okafor
Principal Investigator, Biofabrication Lab
Tel. (021) 6543-2178 ext. 304""",
L("after_sales", "repair", "urgent", "Dr. Marguerite Okafor", "02165432178", "C20230611045", "4500221873", "repair"),
date="2025-03-26 10:15")

# 37 forwarded dev note: payments API 503, checkout down -> emergency system_outage; colleague's phone trap
M("en", "u", "b", "Tomás Herrera <tomas.herrera@nordbrew-shop.example.com>", "Fwd: checkout down - payment API 503",
"""Hi,

Forwarding this from our developer. Our whole online shop has been unable to take payments
for almost an hour. This is your gateway, not our site - everything else loads fine.
Merchant ID: MID8830021457. Please escalate and call us back as soon as possible.

Tomás Herrera
Operations Manager, Nordbrew Coffee Supply

---------- Forwarded message ---------
From: Yuki Sato <yuki.sato@nordbrew-shop.example.com>
Date: Thu, Jun 13, 2024 at 2:31 PM
Subject: checkout down - payment API 503
To: Tomás Herrera <tomas.herrera@nordbrew-shop.example.com>

Tomás, since 14:10 every call to /v2/payments/intents returns 503 Service Unavailable.
Retries don't help, status page says "all systems operational". Nothing changed on our end,
last deploy was Monday. ~40 abandoned carts already. I'm on my mobile if they need
technical details: 136 0117 4429.

Yuki""",
L("emergency", "system_outage", "urgent", "Tomás Herrera", None, "MID8830021457", "", "callback"),
date="2024-06-13 15:02")

# 38 suggestion written as a rant, ISO-8859-1 QP
M("en", "l1", "q", "Søren Lykke <soren.lykke@example.dk>", "Your app is stuck in 2010",
"""Hello,

I love the machine itself. The espresso is excellent. But it is frankly absurd that in
2025 the companion app cannot schedule a preheat. I get up at 6:30, the boiler needs
about 20 minutes, and every morning I stand in the kitchen waiting for it.

Two suggestions, since I assume someone there reads these:
- let us set a daily preheat time (weekdays / weekends separately would be perfect);
- a descaling reminder based on actual shots pulled, not a fixed 90-day timer.

That's all. Not asking for anything, just telling you what would make it great.

Søren Lykke
Århus""",
L("suggestion", "feature_request", "low", "Søren Lykke", None, None, "", ""),
date="2025-01-09 06:58")

# 39 out-of-office auto reply; colleague phone trap
M("en", "a", "7", "Helen Park <helen.park@meridian-legal.example.com>", "Automatic reply: Your bill for March 2025 is ready",
"""Thank you for your email. I am out of the office from 24 March to 4 April with limited
access to email. Your message will not be forwarded.

For urgent matters please contact my colleague James Whitlow on 0755 8821 4470 or
james.whitlow@meridian-legal.example.com.

Kind regards,
Helen Park""",
L("other", None, "low", "Helen Park", None, None, "", ""),
date="2025-03-25 08:00")

# 40 third leaking unit, lawyer/Consumer Council/media -> complaint product_quality urgent; Gmail quote offering replacement
M("en", "u", "8", "Grace Lam <grace.lam.hk@gmail.com>", "Re: Your replacement request HK-CM-004512",
"""No. I do not want a fourth machine.

This is the THIRD unit you've sent me and it is leaking from the same place as the first two -
a puddle under the drip tray every single morning, which has now warped my kitchen counter.
Three machines with the identical defect is not bad luck, it's a design fault and you know it.

I have already spoken to my lawyer and filed a complaint with the Consumer Council.
If I don't get a full refund by Friday I'm also sending the photos and our entire email
chain to a newspaper's consumer column.

Grace Lam
Tel: 9188-2036

On Mon, 7 Oct 2024 at 10:12, Customer Care <care@brewmaster.example.com> wrote:
> Dear Ms Lam,
> We're sorry to hear about the leak. We will arrange a replacement unit free of charge
> and a courier will collect the faulty machine. Should you need immediate help, please
> call our hotline 2111 8000.
> Best regards, Kelvin""",
L("complaint", "product_quality", "urgent", "Grace Lam", "91882036", None, "HK-CM-004512", "refund"),
date="2024-10-15 22:31")

# 41 daughter writing for elderly father: unopened machine, return -> after_sales return; 0086 phone
M("en", "u", "q", "Rachel Goh <rachel.goh.sh@gmail.com>", "Return on behalf of my father",
"""Hello,

I'm writing on behalf of my father, Mr. Goh Ah Seng, who is 81. Last Tuesday someone from
your telesales team phoned him and he ended up ordering a bean-to-cup machine for RMB 4,299
(order no. 00417-CM-88). He doesn't drink coffee and honestly didn't understand what he was
agreeing to.

The box arrived on Friday and hasn't been opened. I'd like to return it and get the money
refunded to his card. It's still within 7 days, so I believe this should be straightforward.

Please arrange the pickup with me rather than with him - you can reach me at
0086 135-6470-2281.

Thanks,
Rachel Goh""",
L("after_sales", "return", "normal", "Rachel Goh", "13564702281", None, "00417-CM-88", "return refund"),
date="2024-07-22 14:09")

# 42 formal cold-chain ETA question, explicitly no excursion; AWB trap
M("en", "a", "7", "Ingrid Vos <ingrid.vos@helix-bio.example.com>", "Shipment status - temperature-controlled samples",
"""Dear Sir or Madam,

We would be grateful for an update on our shipment of 2-8 C clinical samples, our order no.
PO-77120-3, air waybill 176-44821093. The data logger dashboard shows no temperature
excursion and there is no cause for concern at this stage; we simply need a confirmed
delivery window so that our receiving lab can schedule staff.

Could you also confirm whether the shipment will be held at your Pudong cold room or
delivered directly?

Thank you in advance.

Kind regards,
Ingrid Vos
Clinical Supply Coordinator, Helix Bio""",
L("inquiry", "logistics", "normal", "Ingrid Vos", None, None, "PO-77120-3", "explanation"),
date="2024-11-19 09:30")

# 43 terse exchange request
M("en", "a", "7", "Mark Ellery <mellery@example.org>", "blazer",
"""kid grew. can i swap the blazer for a size 12? unworn, tags on. order SU-55120""",
L("after_sales", "exchange", "normal", "Mark Ellery", None, None, "SU-55120", "exchange"),
date="2024-08-30 07:12")

# 44 wrong filament twice -> complaint wrong_item; UPS tracking trap
M("en", "u", "8", "Jonas Whitfield <jonas@whitfield-models.example.co.uk>", "Wrong filament. Again.",
"""Hi,

I ordered 4 spools of Galaxy Black PETG (order F-0761-2501). The box that arrived today
(UPS 1Z999AA10123456784) contains 4 spools of translucent orange PLA. Not even the right
material.

This is the second time this year - in March I got white instead of grey and had to wait
a fortnight for the swap. I run a small model-making business and I plan jobs around
deliveries; your warehouse needs to get its act together.

Please send the correct spools and tell me how you want the orange ones back. An apology
wouldn't go amiss either.

Jonas Whitfield""",
L("complaint", "wrong_item", "normal", "Jonas Whitfield", None, None, "F-0761-2501", "exchange apology"),
date="2025-01-16 17:26")

# 45 thanks-only, recalls the mould problem; maintenance person's name trap
M("en", "u", "8", "Beatriz Alvarez <bea.alvarez@example.com>", "Apartment 7C - mold issue",
"""Hi,

Just a short note. Back in January I wrote to you (several times, and not very politely,
sorry) about the mold in the bedroom of 7C. Leo and the team replaced the window seal,
repainted with the anti-mold paint and left us a dehumidifier.

It's been two months of proper rain now and the wall is completely clean. The room
doesn't smell anymore and my daughter's cough has gone.

No action needed, I just wanted to say thank you.

Bea Alvarez""",
L("other", "thanks", "low", "Beatriz Alvarez", None, None, "", ""),
date="2025-04-02 19:48")

# 46 long feedback on bill layout, "not complaining"
M("en", "u", "q", "Arjun Mehta <arjun.mehta@example.in>", "Feedback on the new bill design",
"""Hello,

I'm writing about the redesigned monthly bill that started arriving in September. Before
anything else: I'm not complaining, and my bill is correct. I just think the new layout
could be much better, and since I work in UX I couldn't resist writing in.

1. The total due is now at the bottom of page 2. It used to be in a box at the top of
   page 1. Most people only want to know "how much and by when"; please put it back.
2. Data usage is shown only in MB. 23,552 MB means nothing to most people; show GB.
3. The roaming section appears even when it's empty ("Roaming: 0.00") and takes half a
   page. Hide it when there's nothing in it.
4. The QR code for payment is lovely, but it is printed over a grey background and my
   phone struggles to read it.

Happy to share more detailed notes if your design team is interested.

Best,
Arjun Mehta
Customer ID C20180923117""",
L("suggestion", "feedback", "low", "Arjun Mehta", None, "C20180923117", "", ""),
date="2024-10-03 21:10")

# 47 one-line how-to, no name
M("en", "a", "7", "kbrennan77@gmail.com", "descaling",
"""how do i descale the barista pro v3? manual only covers the v2""",
L("inquiry", "how_to", "low", None, None, None, "", ""),
date="2025-05-11 07:03")

# 48 cancelled add-on still charged, annoyed refund request -> after_sales refund; reference trap
M("en", "u", "8", "Lucy Brennan <lucy.brennan@example.co.nz>", "Still being charged for a cancelled add-on",
"""Hello,

On 3 February I cancelled the "Global Data 5GB" add-on through your app - I have the
confirmation screen, reference REF-202402-5531. Despite that it was charged again on my
February and March bills, RMB 98 each time.

Please refund the RMB 196 to my account and make sure it doesn't appear in April.
I'm honestly a bit fed up that cancelling something in your own app doesn't actually
cancel it, but mainly I just want the money back.

Account no. C20221104390
My line: 186 2177 4903

Lucy Brennan""",
L("after_sales", "refund", "normal", "Lucy Brennan", "18621774903", "C20221104390", "", "refund"),
date="2024-03-28 12:55")

# 49 HTML-only, understated gas smell in rental apartment -> emergency safety
M("en", "u", "8", "Hannah Okoye <hannah.okoye@example.com>", "Kitchen in 14B",
"""<html><body>
<p>Hi,</p>
<p>This is probably nothing and I don't want to make a fuss, but there's been a faint
<i>gas smell</i> in the kitchen of apartment 14B since I got up this morning. It's
stronger near the cooker. I've turned the valve under the hob off and opened all the
windows &amp; the balcony door.</p>
<p>Could someone come and check it today? I'm working from home so I'll be here.</p>
<p>Thanks,<br>
Hannah Okoye<br>
Apt 14B &ndash; mobile +86 137 1820 6654</p>
</body></html>""",
L("emergency", "safety", "urgent", "Hannah Okoye", "13718206654", None, "", "repair"),
html=True, date="2025-02-19 08:37")

# 50 misdirected PTA minutes
M("en", "a", "7", "Deborah Klein <deborah.klein@example.org>", "Minutes - Tuesday PTA meeting",
"""Hi Tom,

Attached are the minutes from Tuesday's PTA meeting. Main points: the bake sale moves to
the 18th, we still need two volunteers for the uniform swap table, and Mrs Adeyemi will
chase the council about the crossing.

Can you circulate to the class reps by Friday?

Thanks!
Deborah""",
L("other", None, "low", "Deborah Klein", None, None, "", ""),
date="2024-11-07 20:14")
