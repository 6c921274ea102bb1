# fresh4 slice l: hard cases, zh-Hans / zh-Hant / en
M("zh-Hans", "gbk", "b", "刘建华 <liujianhua_88@163.com>", "咨询一下发货时间",
"""客服你好，

咨询一下哈，我3月28号下的单，订单编号 3712098845561203377，页面写的"48小时内发货"。
今天是4月6号了。9天。还是"待发货"。

问了在线客服三次，三次都是"亲亲已为您催促仓库哦~"，催了个寂寞。
你们48小时的承诺是写着玩的吗？我就想知道到底什么时候能发，给个准话，别再复制粘贴了。

刘建华
""",
L("complaint", "delivery_delay", "normal", "刘建华", None, None, "3712098845561203377", "explanation"),
date="2025-04-06 21:14")

M("zh-Hans", "u", "8", "zhou.yiming@qq.com", "小问题，可能是我多虑了",
"""你好，可能是我多虑了，先说一声。

今天下午三点多手机上连着收到你们app的三条验证码短信，我当时在开会根本没碰手机。刚才打开app看，余额从5230变成了3230，交易记录里有一笔2000转给一个叫"陈某某"的，我不认识这个人。

密码我没告诉过任何人。现在也不知道要不要先冻结，麻烦你们看一下，我电话 186 2107 4453。

周一鸣
""",
L("emergency", "account_security", "urgent", "周一鸣", "18621074453", None, "", ""),
date="2025-05-12 18:40")

M("zh-Hans", "g18", "q", "\"马德胜\" <madesheng1962@sina.com>", "Re: 【服务回执】您的报修已受理",
"""报修受理了半个月了，人呢？洗衣机还是不脱水，一转就报E21，衣服都是在浴缸里手拧的。
我再说一遍地址：浦东新区锦绣路1800弄12号602，电话13917256630，白天家里有老人在。
麻烦这周派人来修，别再让我等了。

马德胜

在 2025-06-02 10:15:42，"海澜家电服务中心" <service@hailan-home.cn> 写道：
> 尊敬的用户您好：
> 您的报修单 202506-0417 已受理，机型 XQG100-B14，机身号 SN8821A0093374。
> 我们将安排李师傅（工号 3307，电话 139 0162 8845）在3个工作日内上门。
> 如对服务不满意，可拨打投诉热线 400-820-6688 或服务监督电话 021-5888 1200。
> 祝您生活愉快！
""",
L("after_sales", "repair", "normal", "马德胜", "13917256630", None, "", "repair"),
date="2025-06-17 08:05")

M("zh-Hans", "gbk", "8", "吴晓燕 <wxy_kuaiji@126.com>", "关于5月账单的疑问",
"""您好，

先说明一下，不是投诉，就是想弄清楚。

我的宽带套餐是每月99元，5月账单显示扣了148元，多出来的49元写的是"增值业务-影视会员"。我印象里没有开通过这个，也可能是家里小孩点的？

能不能帮我查一下这个是什么时候、通过什么渠道开通的？如果确实是我们自己开的，那我认，如果不是再说。

宽带账号：SH0215583762
联系电话：（021）5476 3391

吴晓燕
""",
L("inquiry", "billing", "normal", "吴晓燕", "02154763391", None, "", "explanation"))

M("zh-Hans", "u", "b", "网络推广部-孙经理 <sunjl@yunding-seo.com>", "贵司官网在百度搜索排名严重落后于同行",
"""尊敬的贵司负责人：

您好！冒昧打扰。我司在例行监测中发现，贵司官网在"家电售后""家电维修"等核心关键词的百度排名均在第5页之后，而同行竞品已稳居首页，每天流失的潜在客户估计在300人以上。

云鼎网络专注SEO优化12年，服务过500余家企业，可承诺：
1. 30天内核心词进入首页，不达标全额退款；
2. 免费赠送官网诊断报告一份；
3. 本月签约享8折优惠。

如有意向，请直接回复本邮件或添加微信 yd_sun2024，我会为您安排专属顾问。

此致
敬礼！

孙经理
云鼎网络科技有限公司
""",
L("other", None, "low", "孙经理", None, None, "", ""))

M("zh-Hans", "gbk", "b", "胡静 <hujing_0117@163.com>", "电暖器的事，不急",
"""你好，不是很急，就是跟你们说一下。

上周买的那台油汀电暖器（型号NSB-200T），昨晚开着睡觉，半夜闻到一股塑料烧焦的味道，起来一看插头那里有点发黑，插座面板也烫手。我已经拔了，现在放阳台上没再用。

家里有两个小孩，我有点不放心再用了。你们看要怎么处理，能换一台就换一台吧。

订单号：JD-2025011938472
胡静 158-0213-6627
""",
L("emergency", "safety", "urgent", "胡静", "15802136627", None, "JD-2025011938472", "exchange"))

M("zh-Hans", "u", "q", "老郑 <zheng_laoshi@foxmail.com>", "说几句心里话（不是投诉）",
"""你们好，

我先声明，这封不是投诉，也不用给我打电话道歉，更不用补偿什么。

我是你们app的老用户了，用了快四年。最近看应用商店里一堆差评，"垃圾""失望""太坑了"之类的，我看了一下，大部分都是在骂同一件事：订单多了以后找不到历史订单。说实话我也遇到过，每次要翻十几屏。

建议：
1. 历史订单加一个按商品名搜索的框；
2. 可以按年份筛选；
3. 已完成的订单能手动归档或者隐藏。

就这些，做不做你们定，我还是会继续用的。

郑文斌
""",
L("suggestion", "feature_request", "low", "郑文斌", None, None, "", ""))

M("zh-Hans", "g18", "b", "邓丽萍 <denglp_gz@163.com>", "第三次来信，请转你们主管",
"""你们好：

这是我第三次就同一件事写邮件，前两次（4月18日、4月22日）均石沉大海。

4月15日我去你们天河城门店退一件羽绒服（订单号：DD20250411087），店员姓黄，当着其他顾客的面说我"穿过了还想退，想占便宜"，还把衣服直接扔在柜台上。我全程有录像。衣服吊牌都在，根本没穿过。

我是讲道理的人，所以一直没有发到网上。但我的耐心是有限的：
如果本周五（4月25日）之前仍然没有主管级别的人联系我、书面道歉并给出合理补偿，我会向12315投诉，同时把录像发给《南方都市报》的记者朋友。

邓丽萍
13802297745
""",
L("complaint", "service_attitude", "urgent", "邓丽萍", "13802297745", None, "DD20250411087", "apology compensation callback"),
date="2025-04-24 09:30")

M("zh-Hans", "u", "8", "Amy Xu <amyxu_1990@gmail.com>", "Fw: 退货申请",
"""？？？一周了

---------- 转发的邮件 ----------
发件人：Amy Xu <amyxu_1990@gmail.com>
日期：2025年7月3日 周四 下午8:12
主题：退货申请
收件人：support@example.com

你好，我6月29号买的空气炸锅，订单号 TM5520193847，收到发现是4.5L的，我想要的其实是6L，不太合适，想退货退款。商品没拆封，包装都在。请告诉我退货地址或者安排上门取件。谢谢！

Amy
""",
L("after_sales", "return", "normal", "Amy Xu", None, None, "TM5520193847", "return refund"),
date="2025-07-10 22:47")

M("zh-Hans", "u", "b", "小杨 <yangxiaoyu_cake@163.com>", "订单还显示未配送",
"""你好，请问一下我今天早上订的蛋糕现在到哪一步了？

订单号 CK20250816007，8寸芒果千层，选的是今天下午4点到5点送达。现在已经一点半了，app里还显示"商家已接单，未配送"。

孩子生日派对是今天下午5点半开始，人都约好了，麻烦帮忙确认一下能不能按时送到，如果送不到我得赶紧去别处买。

杨晓雨 13651928804
""",
L("inquiry", "order_status", "urgent", "杨晓雨", "13651928804", None, "CK20250816007", "explanation"),
date="2025-08-16 13:32")

M("zh-Hans", "gbk", "q", "味道川菜馆 <weidao_cyg@163.com>", "建议你们系统稳定一点",
"""你们好，

收银系统从今天上午11点20开始就登不上去了，一直提示"网络异常，请稍后重试"，换了两台收银机、重启路由器都一样，用手机热点也不行。扫码点餐的小程序也打不开。

现在是午市，店里坐满了，只能手写单子，微信收款码临时贴在桌上，账全乱了。

商户号：SH20230915088
店长 何志强 139 8051 2276
麻烦尽快看一下！！
""",
L("emergency", "system_outage", "urgent", "何志强", "13980512276", "SH20230915088", "", ""),
date="2025-03-21 11:52")

M("zh-Hans", "u", "8", "钱桂芳 <qiangf_1955@163.com>", "谢谢王师傅",
"""客服同志你们好：

我是上个月报修冰箱的钱阿姨。当时冰箱冷藏室不制冷，里面的东西都坏了，我一个老太太急得不行，打了好几个电话。

后来你们派来的王师傅（他留的电话是 137 6102 9953）冒着大雨来的，查出来是温控器坏了，当场就换好了，还帮我把冰箱后面的灰都扫了，一分钱上门费没收。现在冰箱好得很。

我不会用什么评价系统，就写封信表扬一下王师傅，请你们领导知道一下。

祝你们工作顺利！
钱桂芳
""",
L("other", "thanks", "low", "钱桂芳", None, None, "", ""))

M("zh-Hans", "gbk", "8", "陈浩 <chenhao_run@163.com>", "真是太感谢了",
"""<div style="font-family:微软雅黑;font-size:14px">
<p>真是太感谢你们了～</p>
<p>我下单的是<b>黑色 43码</b>的跑鞋，收到的是<b>白色 39码</b>。颜色不对就算了，尺码差了四个号，我是穿不进去的，可能你们觉得我脚会缩吧。</p>
<p>订单号：<span>DS202508220316</span><br>
这已经是我在你们家第二次收到发错的货了，上次是袜子，我懒得计较。</p>
<p>麻烦给换成我要的那双，来回运费你们出。另外也希望你们仓库的人上班的时候能看一眼单子。</p>
<p>陈浩<br>电话：177&nbsp;2104&nbsp;8836</p>
</div>
""",
L("complaint", "wrong_item", "normal", "陈浩", "17721048836", None, "DS202508220316", "exchange"),
html=True)

M("zh-Hans", "g18", "8", "孔令娟 <konglj@hotmail.com>", "油烟机安装预约+发票",
"""您好，

我在你们官方商城买的侧吸油烟机（型号 CXW-260-E9），订单 20250902114563，9月5号已经送到了，但一直没人联系安装。厨房装修师傅说下周三（9月17日）要来装橱柜吊柜，油烟机最好在这之前装好，不然要返工。

麻烦尽快安排师傅上门安装，周末也可以。

另外顺便问一下，电子发票在哪里下载？抬头要开公司的，税号 91310115MA1K4Q2X3B。

孔令娟 18817326645
地址：上海市闵行区莘庄镇莘松路958弄
""",
L("after_sales", "installation", "normal", "孔令娟", "18817326645", None, "20250902114563", ""),
date="2025-09-10 20:16")

M("zh-Hans", "u", "q", "赵丹 <zhaodan@example.com>", "第36周运营周报",
"""各位好，

附上第36周（9.1-9.7）客服运营周报，要点：
1. 总进线 4,218，环比 +6.3%；
2. 一次解决率 81.2%，未达 85% 目标，主要卡在退款类工单；
3. 物流类咨询占比 31%，仍是第一大类；
4. 下周二下午两点复盘会，请各组长准备本组 TOP3 问题。

详细数据见共享盘"运营/周报/2025"。

赵丹
客服运营部 分机 8023
""",
L("other", None, "low", "赵丹", None, None, "", ""))

M("zh-Hans", "gbk", "b", "林老先生 <linbaoshan@163.com>", "请教猫粮的问题",
"""客服小同志，你好！

我今年七十一了，打字慢，有说得不清楚的地方请多包涵。

家里养了一只老猫，叫咪咪，十四岁了，兽医说它肾不太好，要吃低磷的东西。我女儿给我看了你们家的"金护老年猫粮"，我想问几个问题：
一、这个猫粮里面磷的含量是多少？包装上的字太小我看不清。
二、肾不好的猫能不能吃？还是要吃处方粮？
三、一袋1.5公斤的，一只猫大概能吃多久？

我还没有买，想先问清楚。谢谢你们了！

林宝山
""",
L("inquiry", "product_info", "low", "林宝山", None, None, "", ""))

M("zh-Hans", "u", "8", "苏苏 <susu_ww@qq.com>", "。",
"""你们家的纯棉T恤，洗了一次，从L变成了小孩穿的。
冷水，手洗，没烘干，照着吊牌洗的。
三件全是。
图在附件，自己看吧。
订单号 2025071288341902
钱退给我。

苏雯
""",
L("complaint", "product_quality", "normal", "苏雯", None, None, "2025071288341902", "refund"))

M("zh-Hans", "u", "b", "邮件系统管理员 <admin@mail-secure-verify.top>", "【重要通知】您的企业邮箱将于24小时内停用",
"""<html><body>
<p>尊敬的 support@example.com 用户：</p>
<p>系统检测到您的企业邮箱存在<strong>异常登录风险</strong>，且存储空间已超出配额（<font color="red">99.8%</font>）。</p>
<p>为保障您的账户安全，请于 <b>24小时内</b> 点击下方链接完成身份验证，否则邮箱将被永久停用，所有邮件无法恢复。</p>
<p><a href="http://mail-secure-verify.top/login?u=support">立即验证 &gt;&gt;</a></p>
<p>此邮件由系统自动发送，请勿回复。<br>邮件安全中心</p>
</body></html>
""",
L("other", None, "low", None, None, None, "", ""),
html=True)

M("zh-Hans", "gbk", "8", "曹阳 <caoyang_edu@163.com>", "Re: 关于您的投诉处理结果",
"""你好，

我不是要继续投诉，上次的处理结果我接受了。我只是想问一下：你们说的退款到底什么时候到账？

课程是5月20日申请退的（雅思冲刺班，订单号 KC250512039），你们5月27日回复说"7个工作日内原路退回"，今天已经6月13号了，支付宝里还是没有。

麻烦查一下退款走到哪一步了，谢谢。

曹阳

在 2025-05-27 16:02:11，"启航教育客户关系部" <crm@qihang-edu.com> 写道：
> 曹阳同学您好：
> 关于您的投诉（投诉编号 TS-202505-0332），经核实，因授课老师临时调换给您带来不便，我们深表歉意。
> 根据退费政策，您未上完的16课时费用共计 2,880 元将在7个工作日内原路退回。
> 如仍有疑问，请致电 400-600-3721。
""",
L("after_sales", "refund", "normal", "曹阳", None, None, "KC250512039", "refund"),
date="2025-06-13 10:22")

M("zh-Hans", "u", "q", "宋佳 <songjia_mama@163.com>", "台灯",
"""你们好，孩子没事，先说这个。

昨天晚上我女儿（8岁）写作业的时候去调你们那个护眼台灯的亮度，说手被"麻了一下"，哭着跑出来。我过去看，台灯底座旁边的电线有一段外皮裂开了，能看到里面的铜丝。我没敢再插电。

台灯是今年开学前买的，型号 LED-T8Pro，才用了两个多月。我想知道是不是这一批都有问题，同学家里也有买的。

请尽快联系我：153 2196 0478，宋佳
""",
L("emergency", "safety", "urgent", "宋佳", "15321960478", None, "", "callback explanation"))

M("zh-Hant", "b5", "q", "許雅婷 <yating.hsu@yahoo.com.tw>", "再問一次我的床墊",
"""客服您好，

這是我第四次來信了，前三次都只收到罐頭回覆。

我6月1日在貴公司官網訂購的獨立筒床墊（訂單編號：TW25060100452），頁面寫「14個工作天內到貨」，現在已經7月15日了，物流狀態從6月20日起就一直停在「理貨中」。打去0800-091-558客服專線，每次都說「已幫您反映」。

我已經睡地板睡一個月了。說真的，我不想再跟你們耗下去：
請在本週內給我確定的到貨日，並補償延遲造成的損失；不然我就直接退款，同時向消保官申訴，也會到消基會反映。

許雅婷
0933-218-476
""",
L("complaint", "delivery_delay", "urgent", "許雅婷", "0933218476", None, "TW25060100452", "compensation refund explanation"),
date="2025-07-15 22:08")

M("zh-Hant", "u", "8", "Kelvin Lau <kelvinlau.hk@gmail.com>", "Re: 換機申請 Case #HK-77312",
"""你好，

照你哋講嘅已經試咗reset同埋升級firmware，都係冇用，個耳機右邊一樣係有沙沙聲，打電話嗰陣對方話聽到好多雜音。

我想直接換過一對新嘅，唔想再試喇。我平日晏晝得閒，可以拎返去旺角門市，或者你哋派人上嚟收都得。

劉嘉豪
手提：6128 3094

On Mon, 11 Aug 2025 at 15:20, 音越客戶服務 <care@yinyue-audio.hk> wrote:
> 劉先生你好，
> 多謝你嘅查詢。請先嘗試將耳機重設（長按兩邊觸控位10秒）及更新至最新韌體 v2.3.1。
> 如問題持續，請回覆此郵件或致電客戶服務熱線 2388 6611（星期一至五 9:00-18:00）。
> 客戶服務主任 Joyce Wong（內線 203）
> 序號：YA-TWS9-08836120
""",
L("after_sales", "exchange", "normal", "劉嘉豪", "61283094", None, "", "exchange"),
date="2025-08-14 12:35")

M("zh-Hant", "b5", "b", "阿明 <aming0815@hotmail.com>", "緊急!!!!!",
"""請問一下

我剛買你們的智慧插座，要怎麼連到家裡的wifi？說明書寫要下載APP，我下載了可是一直找不到「新增裝置」在哪裡，按了右上角的＋號也只有「建立場景」。

我家wifi是5G的那個，有關係嗎？

不急啦，標題是我女兒幫我打的 哈哈
""",
L("inquiry", "how_to", "low", None, None, None, "", ""))

M("zh-Hant", "u", "b", "Chan Tai Man <chantaiman.hk@outlook.com>", "網上付款頁面",
"""<div dir="ltr">
<p>你好，</p>
<p>唔知係咪得我一個，由今朝九點幾開始，你哋網站結帳頁面一撳「確認付款」就彈返出嚟話 <i>&quot;Payment gateway timeout (code 504)&quot;</i>，試咗Visa、Master同FPS都係咁，部電腦同手機都唔得。</p>
<p>我公司係每個月喺你哋度訂辦公室文具，今日要落單，會員編號 C20231102017。同事話佢嗰邊都一樣。</p>
<p>你哋睇下係咪個系統出咗事？</p>
<p>陳大文<br>9735 2018</p>
</div>
""",
L("emergency", "system_outage", "urgent", "陳大文", "97352018", "C20231102017", "", "explanation"),
html=True)

M("zh-Hant", "b5", "8", "黃俊傑 <junjie.huang@gmail.com>", "不是抱怨，是一點想法",
"""您好：

先說清楚，這封信不是抱怨，東西我用得很滿意。

我上個月在你們平台訂了三次生鮮，有兩點想法提供參考：

1. 冷凍品跟常溫品可不可以分開包裝？這次冰淇淋跟衛生紙放在同一箱，衛生紙濕了一半，雖然沒什麼大損失，但感覺可以改進。
2. 配送時段可以再細一點嗎？現在只能選「上午」「下午」，上班族很難配合，如果能選兩小時一個時段會方便很多。

以上，謝謝。

黃俊傑
""",
L("suggestion", "feedback", "low", "黃俊傑", None, None, "", ""))

M("zh-Hant", "b5", "q", "林志豪 <lin.zhihao@gmail.com>", "排氣管保固",
"""您好，

去年11月在貴公司台中門市更換的改裝排氣管（品號 EX-R150-TI，產品序號 2411TC0087451），最近發現焊接處有裂痕，怠速時會有漏氣的噗噗聲。當初店員說有兩年保固，發票跟保固卡都還在。

想請問要怎麼申請保固？是要直接騎回台中門市，還是可以到台北的合作車行處理？

訂單編號：TC-241108-0362
林志豪 0912-587-340
""",
L("after_sales", "warranty", "normal", "林志豪", "0912587340", None, "TC-241108-0362", "repair"))

M("zh-Hant", "u", "q", "Winnie Tse <winnie.tse@yahoo.com.hk>", "沙田分店",
"""你好，

想反映一下上星期六（9月6日）下晝喺沙田新城市分店嘅經歷。

我想試一部吸塵機，問咗一個著藍色制服嘅男職員，佢望都冇望我就話「自己睇說明書啦」，之後繼續玩手機。我再問多次，佢就好大聲咁話「我而家唔係當值」。旁邊有幾個客都望晒過嚟，我覺得好尷尬。

我唔係要咩賠償，只係覺得你哋應該同員工講下點樣對客人，亦希望有人解釋下係咪你哋公司嘅做法。

謝穎欣
""",
L("complaint", "service_attitude", "normal", "謝穎欣", None, None, "", "explanation"),
date="2025-09-09 19:50")

M("zh-Hant", "b5", "b", "王淑芬 <shufen.wang@seed.net.tw>", "請問帳單金額",
"""您好，

我是貴公司的門號用戶，會員編號 M0086215937。

這個月信用卡帳單上看到貴公司扣了兩筆 NT$599，日期都是8月5日。我的資費方案只有一個門號，應該只扣一次才對？不知道是重複扣款，還是有什麼費用我不清楚。

麻煩幫我查一下，如果是重複扣款再請退回。

王淑芬
市話：(02) 2736-5198
""",
L("inquiry", "billing", "normal", "王淑芬", "0227365198", "M0086215937", "", "explanation refund"))

M("zh-Hant", "u", "8", "Ho Ka Yan <hokayan.career@gmail.com>", "應徵 客戶服務主任（Ref: CS-2025-09）",
"""敬啟者：

本人何嘉欣，從 JobsDB 得悉 貴公司招聘客戶服務主任一職，特此應徵。

本人畢業於香港理工大學，有三年電訊公司客戶服務經驗，熟悉處理投訴及售後個案，操流利廣東話、英語及普通話。

隨函附上履歷，如蒙賜見，請致電 9462 3170 或回覆此電郵聯絡本人。

何嘉欣 敬上
""",
L("other", None, "low", "何嘉欣", "94623170", None, "", ""))

M("zh-Hant", "b5", "8", "陳美玲 <meiling.chen@ms45.hinet.net>", "瓦斯爐安裝後",
"""您好，

昨天下午貴公司師傅來裝好嵌入式瓦斯爐（型號 GS-3588），裝完點火測試都正常。

可是今天早上一進廚房就聞到一點瓦斯味，不算很重，我先把總開關關了、窗戶打開，現在味道比較淡了。我不確定是不是管子沒接好，還是我太敏感。

家裡有老人，今天不太敢開火煮飯。請儘快派人來檢查。

陳美玲
住家電話：02-2931-4462
""",
L("emergency", "safety", "urgent", "陳美玲", "0229314462", None, "", "repair"))

M("zh-Hant", "b5", "b", "蔡佩君 <peijun.tsai@gmail.com>", "精華液",
"""你好

上週收到的玻尿酸精華液（30ml，訂單號碼 PC2509030118），打開就是一股油耗味，顏色也比我之前買的黃很多，倒出來還有一點點分層。看了一下製造日期是今年3月，照理說不會這麼快壞吧？

之前買了好幾瓶都沒問題，這次真的很失望。你們出貨前都不檢查的嗎？不敢擦在臉上，請直接退款給我。

蔡佩君
""",
L("complaint", "product_quality", "normal", "蔡佩君", None, None, "PC2509030118", "refund"))

M("zh-Hant", "u", "8", "李國華 <guohua.lee@lee-kitchen.com.tw>", "冷藏櫃不冷 今天傍晚要開店",
"""您好，

我們是台南永康的小餐館，去年跟你們買的商用四門冷藏櫃（型號 RF-1880S，序號 RF18S2312004455），今天中午開始壓縮機一直跳停，溫度已經升到12度。

裡面是今晚要用的海鮮跟肉，我們5點開店，現在先用冰塊頂著，撐不了太久。

拜託今天下午一定要派技師過來修，多少錢都可以談。

李國華
手機 0928-116-503
店裡 06-253-7781
""",
L("after_sales", "repair", "urgent", "李國華", "0928116503", None, "", "repair"),
date="2025-07-22 13:10")

M("en", "a", "7", "Greg Tillman <gtillman@comcast.net>", "Return policy question",
"""Hi there,

Quick question before I buy. If I order one of your standing desks and it turns out not to fit under my window, can I return it even after it's been assembled? And who pays the return shipping on something that heavy?

Not ordered yet, just want to know what I'm getting into.

Thanks,
Greg
""",
L("inquiry", "policy", "low", "Greg Tillman", None, None, "", ""))

M("en", "u", "q", "Natalie Brooks <nbrooks.design@gmail.com>", "Loving the new billing feature",
"""Hi,

Really loving your new "bill the customer after they cancel" feature. Very innovative.

I cancelled my Pro plan on March 2 (I have the confirmation email, cancellation ref CX-558120). On April 2 you charged my card $49.00 anyway. Then on May 2, another $49.00. Account: natalie@brooksdesign.studio.

I'd like both charges back and an explanation of how a cancellation is apparently just a suggestion in your system.

Natalie Brooks
""",
L("complaint", "billing", "normal", "Natalie Brooks", None, None, "", "refund explanation"),
date="2025-05-04 10:12")

M("en", "a", "7", "Marcus Webb <marcus.webb@fastmail.com>", "probably nothing but",
"""Hey,

Probably nothing, but I got an email from you at 3:14am saying "new sign-in from Lagos, Nigeria" on my account. I'm in Denver and was asleep. When I tried to log in just now it said my password was wrong, and the recovery email on the account has been changed to something I don't recognize.

There's a saved card on that account. Can someone lock it down? My cell is (303) 555-0182.

Marcus Webb
""",
L("emergency", "account_security", "urgent", "Marcus Webb", "3035550182", None, "", "callback"),
date="2025-06-03 07:40")

M("en", "u", "8", "Hannah Okafor <hannah.okafor@gmail.com>", "RE: Your Case 00418822 - Escalated to Complaints Team",
"""Hi,

Thanks, but I didn't actually make a complaint, I think someone flagged it by mistake. All I need is a prepaid return label for the blender so I can send it back. It's the Vortex 900, order #BL-4471923, still in the box, unused. The refund can go to the original card.

Hannah Okafor
07700 900 418

-----Original Message-----
From: Customer Care <care@vortexhome.co.uk>
Sent: 19 August 2025 16:02
To: Hannah Okafor
Subject: Your Case 00418822 - Escalated to Complaints Team

Dear Hannah,

We're sorry to hear about your experience. Your case has been escalated to our Complaints Team, who will review your complaint within 5 working days.

If this is URGENT, please call our priority line on 0800 046 1177 and quote your case number. Alternatively speak to your case handler, Daniel Price, on 0161 496 0733 ext. 214.

Kind regards,
Priya Shah
Customer Care Advisor
""",
L("after_sales", "return", "normal", "Hannah Okafor", "07700900418", None, "BL-4471923", "return refund"),
date="2025-08-20 09:05")

M("en", "a", "q", "Tom Lindqvist <tom.lindqvist@gmail.com>", "Frustrating, disappointing, annoying (not a complaint)",
"""Hello team,

Before anyone panics: this isn't a complaint. I like the app and I'm not asking for anything back.

But every night at 11pm my phone lights up like a flashlight when I open your reading app, and it's honestly frustrating. Disappointing that a reading app in 2025 still has no dark mode, and a bit annoying that the font size setting resets every update.

So, two requests:
1. A dark / night mode, ideally following the system setting.
2. Remember my font size between updates.

Cheers,
Tom
""",
L("suggestion", "feature_request", "low", "Tom Lindqvist", None, None, "", ""))

M("en", "a", "7", "Sarah Mitchell <s.mitchell@harwood-logistics.com>", "Automatic reply: Delivery confirmation",
"""Thank you for your email.

I am out of the office from Monday 8 September until Friday 19 September with limited access to email. For urgent matters please contact my colleague James Ortega at j.ortega@harwood-logistics.com or on +44 20 7946 0381.

Your message will not be forwarded.

Best regards,
Sarah Mitchell
Procurement Manager, Harwood Logistics Ltd
""",
L("other", None, "low", "Sarah Mitchell", None, None, "", ""))

M("en", "u", "b", "Richard Evans <richard.evans@evans-dental.co.uk>", "Third email - order 50218834",
"""Dear Sir or Madam,

This is my third email regarding order 50218834, a dental chair light ordered on 2 June with a promised delivery of 16 June. It is now 14 July. My first two emails (23 June and 2 July) received automated acknowledgements and nothing more.

I have rearranged patient appointments twice on the strength of your delivery dates. I would be grateful for a firm delivery date by Friday, and for your proposals on compensating the costs I have incurred.

I would very much prefer to resolve this directly with you rather than ask my solicitor to write, but I will do so if I have not heard from a manager by the end of the week.

Yours faithfully,
Richard Evans
Evans Dental Practice
01632 960 584
""",
L("complaint", "delivery_delay", "urgent", "Richard Evans", "01632960584", None, "50218834", "compensation explanation callback"),
date="2025-07-14 08:50")

M("en", "a", "7", "dkowalski@kowalski-builders.com", "PO-88213",
"""any update on PO-88213? site needs it next week.

Dan
""",
L("inquiry", "order_status", "normal", "Dan", None, None, "PO-88213", ""))

M("en", "u", "8", "Priya Nair <priya.nair@cartwheel.io>", "Webhook deliveries",
"""<div>Hi support,</div>
<div><br></div>
<div>Since about 14:05 today every call to <code>POST /v2/charges</code> returns <b>HTTP 500</b> (&quot;internal_error&quot;, request ids attached below), and no webhooks have arrived for the last hour. Your status page still shows all green.</div>
<div><br></div>
<div>We&#39;re a checkout provider for ~40 small shops, so right now none of them can take card payments. We&#39;ve rolled back our own deploy to rule ourselves out &ndash; same result.</div>
<div><br></div>
<div>Merchant ID: MER-2207-4418<br>
Example request ids: req_8f2a91c0, req_8f2a9d77</div>
<div><br></div>
<div>Priya Nair<br>Head of Engineering, Cartwheel<br>07911 123456</div>
""",
L("emergency", "system_outage", "urgent", "Priya Nair", "07911123456", "MER-2207-4418", "", ""),
html=True, date="2025-10-07 15:12")

M("en", "u", "b", "Leo Fernandes <leo.fernandes@hotmail.com>", "Thanks!",
"""Hi,

Thanks for the quick delivery last year, the espresso machine has been great, until this week.

Now the steam wand only spits water and the pump makes a loud rattling noise when I pull a shot. It's the Barista Duo BD-310, serial BD31-0923-774512, bought 14 months ago, and the box says 2-year warranty. Order number 1187-4420-9931.

Can you repair it under warranty or send a replacement? Happy to ship it in if you send a label.

Leo Fernandes
(416) 555-0139
""",
L("after_sales", "warranty", "normal", "Leo Fernandes", "4165550139", None, "1187-4420-9931", "repair exchange"))

M("en", "a", "7", "Carla Diaz <carla.diaz77@yahoo.com>", "Order 300-7718245",
"""Opened the new bag of Senior Salmon kibble this morning. Green fuzzy mould on half the top layer. Best before date is next March.

My dog didn't eat any, I caught it before pouring. Bag is sealed back up and sitting in the garage if anyone wants pictures or the lot number.

Order 300-7718245. I want my money back, and I'd like to know how this happened, because I've been buying this food for three years.

Carla Diaz
""",
L("complaint", "product_quality", "normal", "Carla Diaz", None, None, "300-7718245", "refund explanation"))

M("en", "u", "q", "Nguyen Van Minh <minh.nguyen.vn@gmail.com>", "question about charger",
"""Dear Sir/Madam,

I want to ask about your charger GaN-65W (model PD65-C2). My phone is Galaxy S23 and my laptop is Lenovo Yoga 7 (USB-C). Is it possible to charge both in same time with full speed? And if I charge only phone, it will be damage the battery because 65W is too big?

Also the cable is include in box or I must buy separate?

Thank you very much for answer.
Minh
""",
L("inquiry", "product_info", "low", "Nguyen Van Minh", None, None, "", ""))

M("en", "u", "8", "Eleanor Whitfield <eleanor.whitfield@btinternet.com>", "Our Lisbon trip - a few thoughts",
"""<p>Dear Horizon Travel team,</p>
<p>We&rsquo;ve just come back from the 7-night Lisbon &amp; Sintra package and wanted to say thank you &ndash; the hotel was lovely and our guide Rui was superb.</p>
<p>A couple of thoughts for future travellers, if I may:</p>
<ul>
<li>The itinerary PDF lists the Sintra day as &ldquo;light walking&rdquo;. It was about 14 km with steep hills. My husband is 74 and managed, but others in the group really struggled. A more honest description would help people plan.</li>
<li>It would be lovely to have the pick-up times sent by text the evening before, rather than only on the paper sheet at reception.</li>
</ul>
<p>No reply needed. We&rsquo;ll certainly book with you again.</p>
<p>Warm regards,<br>Eleanor Whitfield</p>
""",
L("suggestion", "feedback", "low", "Eleanor Whitfield", None, None, "", ""),
html=True)

M("en", "a", "7", "Raj Patel <raj.patel.home@gmail.com>", "Re: Your refund for order #88-20417 has been processed",
"""Hi Megan,

Just wanted to say thanks. Three weeks ago I was convinced I'd never see that $312 again after the sofa arrived with a split frame, and you sorted the collection and the refund in four days. It landed this morning.

If you have a supervisor who reads these, please pass it on. Megan's direct line (0800 555 217, ext 44) is the only customer service number I've ever been glad to have.

All the best,
Raj

> From: Megan Cole <refunds@loftliving.com>
> Your refund of $312.00 for order #88-20417 has been processed and should appear within 3-5 business days.
""",
L("other", "thanks", "low", "Raj Patel", None, None, "88-20417", ""))

M("en", "u", "q", "Olivia Grant <olivia.grant@icloud.com>", "Call on Tuesday",
"""Hello,

I rang your helpline on Tuesday afternoon about my broadband contract renewal. The gentleman I spoke to (he gave his name as Steve) sighed loudly when I asked him to repeat the new monthly price, told me "it's all on the website, love", and then put me on hold for 25 minutes before the line went dead.

I called back and got a different person who was perfectly nice, so the renewal is done, that's not the issue. But I don't think anyone should be spoken to like that, and I'd like someone to acknowledge it.

While I'm writing: my router light has been orange since the renewal - is that normal?

Olivia Grant
Account no. AC-6620193
""",
L("complaint", "service_attitude", "normal", "Olivia Grant", None, "AC-6620193", "", "apology"))

M("en", "u", "b", "Ben Carter <ben.carter@protonmail.com>", "Cancelled flight refund - still waiting",
"""<div style="font-family:Arial,sans-serif">
<p>Hello,</p>
<p>Your airline partner cancelled my flight LHR&ndash;BCN on 28 August (booking reference <b>QX7TRM</b>, your order no. <b>TRV-2025-0829114</b>). I chose a refund rather than a voucher on the same day and got an email saying it would take &quot;up to 14 days&quot;. That was five weeks ago.</p>
<p>Could you please chase this and confirm when the &pound;286.40 will be back on my card? The card expires at the end of this month and I&#39;d rather not have to sort out a refund to a closed card.</p>
<p>Thanks,<br>Ben Carter<br>07946 118 302</p>
</div>
""",
L("after_sales", "refund", "normal", "Ben Carter", "07946118302", None, "TRV-2025-0829114", "refund"),
html=True, date="2025-10-03 18:25")

M("en", "a", "7", "Ayesha Khan <ayesha.khan@outlook.com>", "Where is my parcel?",
"""Hi,

I ordered two cushion covers on 9 September (order #ZK-305571). The tracking number you sent, 1Z999AA10123456784, has shown "Label created, not yet in transit" for six days now.

Is it actually on its way? No rush as such, I just want to be sure it hasn't been lost.

Thank you,
Ayesha Khan
""",
L("inquiry", "logistics", "normal", "Ayesha Khan", None, None, "ZK-305571", "explanation"),
date="2025-09-17 12:04")

M("en", "u", "8", "Jonas Weber <jonas.weber@weber-consulting.de>", "Bug report: invoice export",
"""Hi,

Filed under "bug" because that's the only form option, but honestly it's not a bug - everything works as designed.

We use your invoicing tool for ~30 clients. Exporting works fine, but only as PDF, one invoice at a time. At quarter end my accountant needs all of them, so I spend an afternoon clicking "Download" 90 times.

Would be great to have:
- bulk export of a date range as a single ZIP or CSV,
- DATEV-compatible CSV format (we're in Germany).

Thanks for considering it.

Jonas Weber
""",
L("suggestion", "feature_request", "low", "Jonas Weber", None, None, "", ""))
