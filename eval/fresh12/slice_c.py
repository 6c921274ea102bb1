# fresh12 slice c: deliberately hard cases, zh-Hans / zh-Hant / en.
# Industries: gas water heaters & wall-hung boilers, e-bike battery swapping, ride-hailing & designated
# drivers, bank cards & third-party payment, property management & access control, food-delivery
# merchant back office, solar panels & home batteries, online pharmacy, SaaS payroll, restaurant-side
# food delivery, hotel chains, kids' toys with small parts.

# ---------------------------------------------------------------- emergency (12)

# 1. routine question about frost protection, rotten-egg smell only in passing
M("zh-Hans", "gbk", "b", "沈丽娟 <shenlijuan_82@126.com>", "热水器冬天防冻怎么设置",
"""你好，

我家用的是你们的JSQ30-16T燃气热水器，装在北阳台，前年十月买的。天气预报说下礼拜要降到零下七八度，想问两个问题：

1. 说明书上写的"防冻保护"是不是要一直插着电才有用？我们春节要回老家一个礼拜，走之前要不要把机器里的水放掉？
2. 机器底下有三个接口，放水的是哪一个？我怕拧错了。

另外顺便说一下，这两三天晚上洗澡的时候，阳台和卫生间那一块老是有一股臭鸡蛋一样的味道，开窗吹一会儿就淡了。我老公说是下水道返味，我也不懂，反正先跟你们说一声。热水器本身出水倒是正常的。

沈丽娟
139 0571 2248""",
L("emergency", "safety", "urgent", "沈丽娟", "13905712248", None, "", "explanation"),
date="2025-01-08 21:47")

# 2. feature request subject; clicking battery cabinet and hot-plastic smell in the PS
M("en", "u", "q", "Graham Petrosyan <g.petrosyan@fastmail.com>",
"Feature request: dark mode + CSV export in the Helio app",
"""Hi Helio team,

Two small things for the app wishlist, since your newsletter asked for ideas:

1. A dark mode. I check the production graph at night and the white screen is blinding.
2. Let me export the daily kWh history as CSV. I keep a spreadsheet comparing against my
   old bills and I'm currently typing numbers in by hand like it's 1995.

Otherwise the app is great, the new forecast tile is genuinely useful.

PS - probably nothing, but since Tuesday night the battery cabinet in the garage (PowerVault
13.5, serial HV13-22K0917) has been clicking every few minutes and there's a faint hot-plastic
smell around the top vent. The casing on that side is warmer than I'd expect. I've switched the
DC isolator off for now and told the kids to stay out of the garage. Not panicking, just thought
someone should know. Could a technician give me a call?

Graham Petrosyan
Customer ID: C20230918044
0412 883 105""",
L("emergency", "safety", "urgent", "Graham Petrosyan", "0412883105", "C20230918044", "", "callback"),
date="2025-02-13 07:12")

# 3. Taiwan, polite "請問" about a card charge that is in fact fraud
M("zh-Hant", "b5", "q", "林佩蓉 <peijung.lin@gmail.com>", "請問帳單上的一筆消費",
"""您好，

想請問一下，我這個月的信用卡帳單（卡號末四碼 6621）有一筆 2025/03/14 在「GLOBALTIX*ONLINE」
刷了 NT$18,640 的消費。我完全沒有印象，也從來沒有在這個網站買過東西，卡片一直放在我的皮夾裡，
沒有借給任何人。

另外昨天晚上十一點多，我陸續收到兩封簡訊說有 NT$1 的授權交易，當時沒多想，現在覺得怪怪的。
請問這樣是不是被盜刷了？需不需要先停卡？麻煩幫我查一下，謝謝。

林佩蓉
手機 0935-217-468""",
L("emergency", "account_security", "urgent", "林佩蓉", "0935217468", None, "", "explanation"),
date="2025-03-16 08:05")

# 4. merchant back office outage at lunch peak; subject is a reply to a feature-request ticket
M("zh-Hans", "u", "8", "何俊峰 <hejunfeng_cd@qq.com>", "回复：关于您提交的功能建议",
"""你们好，

商家后台又登不上了！！从11点20分开始，电脑端和手机端都一直提示"登录状态失效，请重新登录"，
输完验证码又跳回登录页，换了三台设备都一样。现在正是午高峰，顾客下的单我们这边看不到也接不了，
已经有六七单被系统自动取消了，店里骑手都在干等。

商户号：SH20230611075
店名：川味小馆（望京店）

别再回我什么建议已转交了，赶紧找技术看看，弄好了给我回个电话。

川味小馆 何俊峰 186-1023-7745

------------------ 原始邮件 ------------------
发件人: "商家服务中心"<merchant-service@kuaican-shop.com>
发送时间: 2025年4月2日(星期三) 下午3:12
收件人: "hejunfeng_cd"<hejunfeng_cd@qq.com>
主题: 关于您提交的功能建议

何先生您好：

感谢您对平台提出的宝贵建议。关于"批量修改菜品价格"的功能需求，我们已转交产品团队评估，
如有进展会第一时间通知您。如有其他问题，欢迎拨打商家客服热线 10105757 或 400-886-9123。

商家服务中心""",
L("emergency", "system_outage", "urgent", "何俊峰", "18610237745", "SH20230611075", "", "callback"),
date="2025-04-07 11:58")

# 5. "quick question" about tax tables; payroll submission down, ACH cutoff today
M("en", "a", "7", '"Priya Raman" <priya.raman@brightloomdesign.com>',
"Quick question about the 2025 tax tables",
"""Hi team,

Quick one first: are the updated 2025 state withholding tables already loaded in our account,
or is there something we need to switch on?

Second thing, and honestly the bigger one: since about 2 pm today, every time I click
"Submit payroll" for our biweekly run I get "Error 503 - service unavailable, please try
later" and the run just sits in Draft. I've tried Chrome and Edge, cleared the cache, and my
colleague tried from her laptop on a different network - same error. The ACH file has to go
out by 5:00 pm Pacific today or 38 people don't get paid on Friday.

Our account manager Tom Becker (cell 415-555-0143) is on vacation this week, so I don't know
who else to ask. Please call me as soon as someone sees this.

Thanks,
Priya Raman
Office Manager, Brightloom Design
Company ID C20220517093
(503) 555-0199 ext. 12""",
L("emergency", "system_outage", "urgent", "Priya Raman", "5035550199", "C20220517093", "", "callback"),
date="2025-01-22 14:36")

# 6. swollen hot swap battery, "没有冒烟也没有起火"
M("zh-Hans", "g18", "8", "骑手小潘 <panxiaodong1997@163.com>", "换电柜换出来的电池有点问题",
"""客服你好，

我是跑外卖的，用的你们的换电月卡（会员号 C20240722316）。今天下午4点多在科技园南区那个换电柜
（柜子编号 SZ-NS-0418）换了一块电池，骑了二十来分钟就觉得座位底下越来越烫，停下来一看，
电池壳子鼓起来了，一边都顶歪了，还有一点点刺鼻的味道。

没有冒烟，也没有起火，我已经把电池拆下来放在路边空地上了，人站得远远的。现在不知道怎么处理，
是放在这里等你们来收，还是我拿回柜子？车也没法骑了，单子都停了。

麻烦快点回个电话：177 2036 5580

潘晓东""",
L("emergency", "safety", "urgent", "潘晓东", "17720365580", "C20240722316", "", "callback"),
date="2024-08-19 16:52")

# 7. HK owner, "唔係投訴", someone else opening gates with her access account
M("zh-Hant", "u", "b", "meiling.wong.hk@gmail.com", "門禁App問題（唔係投訴）",
"""管理處你好，

我係海濱花園3座18樓B室業主黃美玲。唔係投訴，只係想你哋幫手check下：

今朝6點幾我收到App通知，話我個戶口喺一部「新裝置」登入咗。之後7:42同8:15，記錄顯示用我個二維碼
開咗大堂閘同停車場閘兩次，但嗰陣我仲喺屋企瞓緊覺，屋企人都冇出過門。我冇俾過密碼任何人。

而家好擔心有陌生人用我個戶口入咗大廈。麻煩你哋先幫我停咗個戶口，同埋查下嗰兩個時間嘅CCTV。

黃美玲
電話 9123 4877""",
L("emergency", "account_security", "urgent", "黃美玲", "91234877", None, "", "explanation"),
date="2024-11-05 09:03")

# 8. pharmacy "wrong item" subject; child already took the wrong medicine
M("en", "u", "8", "Danielle Okafor <dani.okafor@outlook.com>", "Wrong item in order #RX-5520193",
"""Hello,

I received order #RX-5520193 today. The outer box is labelled children's cetirizine oral
solution, but the bottle inside has a pharmacy label for Hydroxyzine 25 mg/5 ml with another
patient's name on it (R. Alvarez). I only noticed after I had already given my 4-year-old
a 5 ml dose at 7 pm.

She is now very drowsy and a bit wobbly on her feet. I called Poison Control and they told me to
keep her awake and watch her breathing, and we may be taking her to urgent care shortly. I tried
your pharmacist line 1-888-555-0107 but it just rang out.

I need to know exactly what is in that bottle (strength per ml), the doctor will ask. Please call
me on 617-555-0186 as soon as possible.

Danielle Okafor""",
L("emergency", "safety", "urgent", "Danielle Okafor", "6175550186", None, "RX-5520193", "explanation callback"),
date="2024-10-09 20:14")

# 9. suggestion first, stolen ride-hailing account second
M("zh-Hans", "gbk", "q", "邵雨桐 <shaoyutong@sina.com>", "建议增加行程分享给家人的功能",
"""您好，

先说个小建议：能不能加一个"自动把行程分享给紧急联系人"的开关？现在每次都要手动点分享，
晚上打车我妈总让我发定位。

不过写这封邮件主要是因为另一件事：昨晚11点到今天凌晨2点，我的账号在成都下了4笔订单，
绑定的银行卡被扣了386元，可我人在杭州，手机一直在身边，也没收到过任何验证码。
现在打开App提示"您的账号已在其他设备登录"。银行卡我已经解绑了，请尽快帮我冻结账号，
查一下这几笔是怎么回事，钱要退给我。

截图里能看到两个订单号：T2025061800231、T2025061800247，另外两笔没截到。

邵雨桐
0086 137 5719 0826（就是账号绑定的手机）""",
L("emergency", "account_security", "urgent", "邵雨桐", "13757190826", None,
  "T2025061800231 T2025061800247", "refund explanation"),
date="2025-06-18 07:31")

# 10. toy exchange request; missing magnet and coughing toddler at the end
M("en", "u", "q", "Jen Oyelaran <jen.oyelaran@gmail.com>", "Exchange request - Magna-Build 60pc set",
"""Hi,

I'd like to exchange the Magna-Build 60-piece set we bought for our son's birthday
(order 3318-0472-91). Two of the triangle tiles cracked along the seam on the first day and
the little magnets inside were rattling loose. Happy to send photos, and we'll ship the set back
either way.

One more thing I should mention: one of those loose magnets is missing, and our 2-year-old has
been coughing and drooling since lunch. We're on our way to the children's hospital now for an
x-ray just in case (my husband's driving, I'm typing this in the car). Could someone tell me how
big those magnets are and whether you've had other reports like this? The doctor may ask.

Jen Oyelaran
cell 312 555 0148""",
L("emergency", "safety", "urgent", "Jen Oyelaran", "3125550148", None, "3318-0472-91", "exchange explanation"),
date="2024-12-28 15:20")

# 11. HTML only: boiler error code, burning smell in the middle paragraph
M("zh-Hans", "u", "b", "付建民 <fujianmin@139.com>", "壁挂炉报E6故障",
"""<html><body>
<div>你好：</div>
<div>家里的壁挂炉（型号 L1PB26-HX）今天早上开始报E6，重启了三次还是一样，暖气片全是凉的。</div>
<div>刚才我去看了一下，外壳右上角摸着很烫手，还能闻到一股焦糊味，像电线烧了那种味道。我已经把插头拔了，燃气阀也关了。</div>
<div>上次来安装的王师傅留的电话 138****2207 一直打不通，请你们安排师傅尽快上门看看，家里有两个老人，实在不放心。</div>
<p>付建民<br>
手机：135&nbsp;2559&nbsp;0631</p>
</body></html>""",
L("emergency", "safety", "urgent", "付建民", "13525590631", None, "", "repair"),
html=True, date="2024-12-03 08:40")

# 12. Taiwan, opens with thanks; phone-scam with wallet drained
M("zh-Hant", "b5", "b", "陳冠宇 <kuanyu.chen@yahoo.com.tw>", "謝謝你們上次的協助",
"""你好，

上個月你們幫我處理綁卡的問題很快，先說聲謝謝。

這次想請你們幫忙：今天中午有個自稱是你們客服的人打電話給我（來電顯示 02-2788-5xxx），
說我的帳戶被誤設成每月扣款的分期方案，要我把簡訊收到的驗證碼唸給他才能取消。我照做了，
結果十分鐘後電子錢包裡的 NT$32,000 被分三筆轉到不認識的帳戶。現在想想應該是遇到詐騙了。

請先幫我凍結帳戶，看能不能把錢追回來。

會員編號 C20190824551
陳冠宇 0921-556-730""",
L("emergency", "account_security", "urgent", "陳冠宇", "0921556730", "C20190824551", "", "refund"),
date="2025-05-20 13:26")

# ---------------------------------------------------------------- complaint (9)

# 13. third email, designated driver scratched the car, 12315 + media; hotline and record number quoted
M("zh-Hans", "u", "8", "韩志强 <hanzhiqiang@foxmail.com>", "Re: 回复：代驾服务反馈",
"""这是我第三次发邮件了，前两次你们就回一句"已记录，会核实"，然后再没下文。

再说一遍：5月17号晚上我在你们App叫的代驾（订单号 DJ240517221903），司机倒车把我车右后门
刮了一长条，还在小区门口跟我老婆吵，说"爱投诉就去投诉"。行车记录仪全录着。

这周五之前你们不给我赔偿方案和一个正式道歉，我就去12315投诉，顺便把视频发给本地报纸曝光。
别再拿话术糊弄我。

韩志强 159 6822 4013

在 2024-05-22 09:14:10，"代驾客服" <service@anjia-daijia.com> 写道：
> 韩先生您好，您反馈的问题我们已记录，记录编号 202405-0877，专员会在48小时内与您联系。
> 如有疑问请拨打客服专线 400-690-5566。""",
L("complaint", "service_attitude", "urgent", "韩志强", "15968224013", None, "DJ240517221903", "compensation apology"),
date="2024-05-27 10:02")

# 14. angry one-off billing complaint from a restaurant merchant, no threat, refund already filed elsewhere
M("zh-Hans", "gb", "b", "王记烧腊 <wangji_shaola@163.com>", "这个月的佣金账单",
"""你们好，

三月份的结算单我看了三遍，越看越气。合同里写得清清楚楚抽佣百分之十八，结果有九天是按百分之二十三扣的，
另外还多出来一项"技术服务费"，每单一块五，从头到尾没有任何人通知过我。小本生意，一个月平白多扣两千多块。

多扣的钱我已经在后台提了对账申请，这个不用你们教。今天写这封邮件，就是要投诉你们这种不打招呼就乱改费率的做法。
请给我一个书面解释：这个费用是谁定的、凭什么从三月开始收，还有一个道歉。

商户号：C20220315467
王志刚
电话：020-8731 6620""",
L("complaint", "billing", "normal", "王志刚", "02087316620", "C20220315467", "", "explanation apology"),
date="2025-04-03 22:15")

# 15. complaint wrapped in thanks (subject says thank you), Latin-1
M("en", "l1", "q", "Harriet Lindqvist <h.lindqvist@protonmail.com>", "Thank you for a lovely stay!",
"""Dear Grandview Suites team,

First, a genuine thank you: Ahmed at the concierge desk was lovely, and the breakfast caf\u00e9
on the ground floor is the best hotel breakfast I've had in years.

I'm afraid I have to be honest about the rest, though. Room 1412 smelled strongly of stale
cigarettes and there were hairs in the shower. At about 11 pm I rang the front desk to ask to be
moved, and the night manager told me - word for word - "that's what you get on a discounted rate",
then hung up on me. I was na\u00efve enough to ring back; nobody answered.

I've stayed with your group a dozen times and have never been spoken to like that. I would like
an apology from the hotel manager and a partial refund for the two nights.

Reservation: GVS-88213407

Harriet Lindqvist""",
L("complaint", "service_attitude", "normal", "Harriet Lindqvist", None, None, "GVS-88213407", "apology refund"),
date="2024-09-16 18:44")

# 16. HK, fourth letter about the car park gate, lawyer and newspaper
M("zh-Hant", "u", "8", "陳志輝 <chanchifai@netvigator.com>", "第四次投訴：停車場出口閘",
"""管理處：

呢個係我第四次寫信嚟。3月2號、3月9號、3月20號都send過，中間仲打過兩次電話去管理處，
次次都話「已轉交物業公司跟進」，之後就石沉大海。

問題好簡單：停車場出口閘嘅車牌識別由二月尾壞到而家，每次都要等保安出嚟手動開閘。
上星期四我等咗廿分鐘，個保安仲同我講「你唔鍾意可以搬走」。我每個月交$2,800車位管理費，唔係嚟受氣。

如果今個禮拜五之前仲未修好，同埋冇人正式同我道歉，我會交俾律師處理，仲會將段片俾報館。

陳志輝（海濱花園5座12A）
電話：6178 2035""",
L("complaint", "service_attitude", "urgent", "陳志輝", "61782035", None, "", "repair apology"),
date="2025-03-26 19:30")

# 17. fourth email, solar install delay, attorney; subject is the company's cheerful reply
M("en", "u", "8", "Doug Whitfield <dwhitfield@comcast.net>", "RE: Great news - your installation is scheduled!",
"""This is email number four. Nobody has answered the previous three and your phone line just loops.

I signed on February 3 and paid a $9,400 deposit. Installation was "scheduled" for March 18, then
moved to April 2, and now your portal just says TBD. My order number is SOL-24-11873.

I have spoken to an attorney and I am filing a complaint with the state Attorney General's consumer
protection office this week. If I don't have a firm installation date in writing by Friday, my
lawyer will be in touch about getting the deposit back.

Doug Whitfield
720-555-0137

-----Original Message-----
From: Sunridge Solar Scheduling <scheduling@sunridgesolar.com>
Sent: Tuesday, March 5, 2024 10:02 AM
To: dwhitfield@comcast.net
Subject: Great news - your installation is scheduled!

Hi Doug, great news! Your installation is scheduled for March 18. Questions? Call us at
1-888-555-0164. Thanks for going solar!""",
L("complaint", "delivery_delay", "urgent", "Doug Whitfield", "7205550137", None, "SOL-24-11873", "explanation"),
date="2024-04-09 08:17")

# 18. "咨询一下" subject, repeated calls about fake-full batteries, but no escalation threat
M("zh-Hans", "u", "b", "刘海波 <liuhaibo_sz@126.com>", "咨询一下换电套餐",
"""标题写的咨询，其实是来吐槽的。

我用你们的换电月卡半年了（399一个月那个畅跑卡），最近一个月换出来的电池，十块里有六块是"假满电"：
柜子屏幕上显示95%，装上车跑不到15公里就报电量低，以前一块能跑40多公里。打了三次客服电话，
每次都让我"换个柜子试试"，问题根本不在柜子，在电池。

我不要你们退套餐，就是希望你们把那批老电池从柜子里清出去，别再流转了。
再这样下去我只能换别家了，说实话挺失望的。

刘海波
账号手机：１３８ ２６５１ ７０９３""",
L("complaint", "product_quality", "normal", "刘海波", "13826517093", None, "", ""),
date="2025-07-11 12:40")

# 19. Taiwan, wrong item (small-parts toy instead of a baby cloth book), order table, tracking number
M("zh-Hant", "b5", "8", "許雅婷 <yating0812@hotmail.com>", "訂單商品寄錯",
"""您好，

我上週在官網下了兩筆訂單，今天一起收到，其中一筆完全不對：

| 訂單編號   | 我訂的                       | 收到的                                 |
| TW24110387 | 木製疊疊樂（1歲以上）        | 正確                                   |
| TW24110412 | 寶寶布書套組（無小零件）     | 迷你積木200片（盒上標示3歲以下禁用）   |

布書是要送給朋友剛滿週歲的寶寶，這種有小零件的積木根本不能送，還好我拆開檢查了一下。
你們出貨前到底有沒有核對？真的很失望。

請盡快把正確的布書寄給我，錯的那盒我會寄回（黑貓單號 9021-4476-3380 是你們寄來的那箱）。

許雅婷
0928-330-117""",
L("complaint", "wrong_item", "normal", "許雅婷", "0928330117", None, "TW24110387 TW24110412", "exchange"),
date="2024-11-14 20:08")

# 20. restaurant owner, first email ever, conditional "local news" threat -> not repeated
M("en", "u", "8", "Tony Carrasco <tony@carrascostaqueria.com>", "Drivers",
"""I run Carrasco's Taqueria on 5th Ave. Two years on your platform and I have never once emailed
you, so understand that I'm writing because I'm fed up.

Last Friday, between 6 and 8 pm, your couriers showed up 40 to 55 minutes after the food was bagged
and ready on the shelf. Tacos sat there going cold, customers got soggy food, and they gave US the
one-star reviews. Orders #48213, #48227 and #48240, check them yourself.

I want those three reviews taken off my page and someone to explain to me what is going on with
your dispatch on Friday nights. If this happens again I'm calling the local news, they love
stories like this.

Tony Carrasco
Merchant ID M20230417011
(206) 555-0172""",
L("complaint", "delivery_delay", "normal", "Tony Carrasco", "2065550172", "M20230417011",
  "48213 48227 48240", "explanation"),
date="2025-02-17 09:51")

# 21. third complaint about card instalment fees, 12378 + lawyer; record numbers are traps
M("zh-Hans", "g18", "q", "赵敏 <zhaomin.work@yeah.net>", "再次投诉信用卡分期手续费问题",
"""你们好，

这已经是我第三次就同一件事投诉了（前两次的记录编号：202410-0332、202410-0719，
都是"已受理"然后就没下文）。

去年11月我办了账单分期，客户经理在电话里明确说"免手续费"，结果连续4期每期都扣了86.40元手续费。
你们上次回复说"以录音为准"，那就请调录音！

卡号后四位3308。我的诉求：退还全部手续费345.60元，并书面道歉。
再拖下去，我会打12378向监管部门反映，同时委托律师处理。

赵敏
13311089472（白天都能接）""",
L("complaint", "billing", "urgent", "赵敏", "13311089472", None, "", "refund apology"),
date="2025-02-24 10:33")

# ---------------------------------------------------------------- after_sales (9)

# 22. forward of the customer's own unanswered mail; order number (full-width) only in the forward
M("zh-Hans", "u", "8", "钱文博 <qianwenbo@outlook.com>", "Fw: 热水器安装预约",
"""上周发的邮件一直没人回，再转发一次。

热水器到了三天了，箱子一直堆在门口，麻烦尽快安排师傅上门安装。周末全天都可以，工作日晚上7点以后也行。
电话还是 189 5176 2204。

钱文博

---------- 转发的邮件 ----------
发件人：钱文博 <qianwenbo@outlook.com>
发送时间：2025年1月6日 21:40
收件人：service@hengre-home.com
主题：热水器安装预约

你好，我在京东旗舰店买了你们的16升零冷水燃气热水器，订单号 ３０５１８７６６４２９１７，
想预约安装。地址：南京市江宁区东山街道翠屏城8栋2单元1103。需要师傅带排烟管延长件，阳台离外墙有点远。""",
L("after_sales", "installation", "normal", "钱文博", "18951762204", None, "3051876642917", ""),
date="2025-01-13 19:05")

# 23. pharmacy refund, own earlier mail forwarded, UPS tracking number trap
M("en", "u", "q", "Kevin Tran <kevtran88@yahoo.com>", "Fwd: Return of unopened inhaler",
"""Forwarding my email from two weeks ago because nobody replied. UPS picked up the return on 9/12
(tracking 1Z8V04X90354418826, shows delivered to your warehouse 9/16). I still haven't seen the
$64.18 back on my card. Please process the refund.

Kevin

---------- Forwarded message ---------
From: Kevin Tran <kevtran88@yahoo.com>
Date: Tue, Sep 10, 2024 at 8:02 PM
Subject: Return of unopened inhaler
To: care@medirxpress.com

Hi, I need to return an unopened inhaler from order MRX-20240903-5561. My doctor changed my
prescription the day after it shipped. The box is still sealed. How do I send it back?

Thanks,
Kevin Tran""",
L("after_sales", "refund", "normal", "Kevin Tran", None, None, "MRX-20240903-5561", "refund"),
date="2024-09-24 12:27")

# 24. Taiwan, cancelled hotel booking not refunded, slash-separated bilingual label
M("zh-Hant", "u", "b", "蔡宗翰 <tsunghan.tsai@gmail.com>", "取消訂房退款",
"""您好，

我在 3/2 透過官網訂了貴飯店台中館 4/5–4/7 兩晚（訂單編號／Booking No.：HTL-TC-250302-0968），
當時選的是「入住前 7 天可免費取消」方案。我在 3/20 就在線上取消了，也有收到取消確認信，
但是信用卡到現在還是被扣了 NT$7,360，一直沒有退回來。

麻煩幫我確認一下並辦理退款，謝謝。

蔡宗翰
0912-608-335""",
L("after_sales", "refund", "normal", "蔡宗翰", "0912608335", None, "HTL-TC-250302-0968", "refund"),
date="2025-04-12 10:48")

# 25. "URGENT??" subject, explicit nobody hurt; just a missing piece to replace
M("en", "u", "8", "Sophie Marchetti <sophie.marchetti@gmail.com>", "URGENT?? missing piece / small parts",
"""Hi there,

Sorry for the scary subject line, my sister-in-law told me to put "urgent" so someone actually reads
it. Nobody is hurt and nothing was swallowed - the piece was simply never in the box.

We bought the Tiny Chefs Kitchen set (order no. TC-771-40925) and the little kettle lid is missing.
We counted everything against the parts list on the instruction sheet, twice, and all the small
bits are packed away from the baby. Could you send a replacement set, or just the lid if that's
easier? Either is fine.

Thanks!
Sophie""",
L("after_sales", "exchange", "normal", "Sophie Marchetti", None, None, "TC-771-40925", "exchange"),
date="2024-12-30 21:12")

# 26. boiler not heating, explicit no gas smell; old technician's number is a trap
M("zh-Hans", "gbk", "q", "郝春梅 <haochunmei66@163.com>", "壁挂炉不热了，需要维修",
"""你好，

我家的壁挂炉（型号 ZWB-24A，2022年10月装的，应该还在保修期内）从前天开始暖气不热了，热水还正常。
屏幕上没有报错代码，也没有闻到煤气味，没有异响，就是暖气片一直温吞吞的。

去年来保养的小刘师傅给过我一个电话 139 0311 7726，打过去他说已经不在你们公司干了。
麻烦派个师傅上门看看，最好这周内，家里有个8个月的小孩，晚上屋里有点冷。

郝春梅
地址：石家庄市长安区建设北大街196号院3-2-501
手机：150 3112 7865""",
L("after_sales", "repair", "normal", "郝春梅", "15031127865", None, "", "repair"),
date="2024-11-26 09:17")

# 27. restaurant's cloud printer dead, backend fine, dinner service at 5 pm
M("zh-Hans", "u", "8", "蓉城火锅 <rcghuoguo_dz@163.com>", "打印机",
"""你好，

我们店用的是你们平台配的云打印机（设备号 YP58-220915-337），今天中午开始就不出单了，指示灯一直红灯闪。
重启、换纸、在后台解绑再重新绑定都试过了。平台后台接单是正常的，单子都能看到，就是这台机器打不出小票。

下午5点开晚市，晚上外卖一两百单，没有小票后厨根本没法配单。能不能今天下午4点前派人过来修好，
或者直接换一台？

商户号 C20230108520
店长 孙立
联系电话 180 8163 9922""",
L("after_sales", "repair", "urgent", "孙立", "18081639922", "C20230108520", "", "repair exchange"),
date="2025-03-08 13:10")

# 28. HTML, duplicate SaaS renewal charge, refund; EIN is a trap, +1 dropped
M("en", "u", "b", "Olumide Bakare <finance@bakarelogistics.co>", "Duplicate renewal charge",
"""<html><body>
<p>Hello,</p>
<p>We were charged twice for our annual PayNest Pro renewal on 14 January: two charges of $2,388.00
on our Amex ending 1009, both against order reference PN-55290817. We only have one company
account and one subscription.</p>
<p>Please refund the duplicate charge and send a corrected receipt. For your records our EIN is
84-2971035 and our customer ID is C20210629018.</p>
<p>Kind regards,<br>
Olumide Bakare<br>
Finance Lead, Bakare Logistics LLC<br>
+1 (469) 555-0112</p>
</body></html>""",
L("after_sales", "refund", "normal", "Olumide Bakare", "4695550112", "C20210629018", "PN-55290817", "refund"),
html=True, date="2025-01-16 16:02")

# 29. HK, inverter warranty; "唔緊急，冇煙冇火"
M("zh-Hant", "u", "q", "梁偉強 <leungwk@hkbn.net>", "逆變器保養",
"""你好，

我屋企天台嘅太陽能板系統（2023年6月安裝，訂單號 HKS-2306-1187），最近個逆變器成日彈
"Error 217 – Grid Fault"，發電量由平時一日20幾度跌到得幾度。

唔緊急嘅，冇煙冇火冇怪聲，系統自己識斷開。只係想趁仲喺保養期內搵師傅上嚟睇下，係咪要換機。
我星期一至五夜晚或者星期六都得。

梁偉強
9678 2140""",
L("after_sales", "warranty", "normal", "梁偉強", "96782140", None, "HKS-2306-1187", "repair"),
date="2024-07-29 22:31")

# 30. expat in English, swap-battery deposit refund, +86 number, Chinese words mixed in
M("en", "u", "8", "Lukas Brenner <lukas.brenner@posteo.de>", "押金退款 / deposit refund",
"""Hello,

Sorry my Chinese is not good, so I write in English. I used your 换电 service for 8 months in
Shenzhen and I moved back to Germany last week. Before leaving I returned the battery at the
cabinet in 南山 (I have photo) and cancelled my plan in the app. The app shows
"押金退还申请已提交" since 2 June.

Now it is three weeks and the 500 RMB deposit is still not back to my Alipay. Please refund it.

Member No. C20231015203
Account phone: +86 152 1987 3360 (the Chinese number is still active for now)

Best regards
Lukas Brenner""",
L("after_sales", "refund", "normal", "Lukas Brenner", "15219873360", "C20231015203", "", "refund"),
date="2024-06-24 17:45")

# ---------------------------------------------------------------- inquiry (8)

# 31. "紧急！！" subject, calm question about a charge the customer thinks is their own renewal
M("zh-Hans", "u", "8", "杜晓明 <duxiaoming@sohu.com>", "紧急！！这笔扣款是什么",
"""标题写紧急是怕没人看哈，其实不着急。

今天看账单有一笔25元的扣款，商户名写的"SZ某某网络科技"。我想了想，可能是上个月开的视频会员自动续费，
但记得开的是连续包月15元的，不太确定。麻烦帮我查一下这笔是什么，交易单号 2025031422001456781203。

如果真是会员续费那就算了，我只是想知道为什么变成25了。

杜晓明""",
L("inquiry", "billing", "normal", "杜晓明", None, None, "2025031422001456781203", "explanation"),
date="2025-03-14 21:09")

# 32. how-to question replying to an "URGENT SECURITY NOTICE" newsletter
M("en", "a", "7", "Rebecca Holm <rholm@holmandvance.com>",
"Re: URGENT SECURITY NOTICE: enable two-factor authentication",
"""Hi,

Done - 2FA is on for all three admins now.

While I have you: how do I set up a second pay schedule? We're adding two part-timers who'll be
paid weekly, the rest of us stay semi-monthly. I can't find anywhere in Settings to add a schedule,
only to edit the existing one.

Thanks!
Rebecca

On Mon, Nov 4, 2024 at 9:00 AM PayNest Security <security@paynest.io> wrote:
> URGENT SECURITY NOTICE
>
> Unauthorized login attempts against payroll platforms have increased sharply this quarter.
> To protect your company and employee data, all administrators must enable two-factor
> authentication by November 15. Suspicious activity? Call 1-800-555-0190 immediately.""",
L("inquiry", "how_to", "low", "Rebecca Holm", None, None, "", "explanation"),
date="2024-11-05 10:22")

# 33. Taiwan, pharmacy product question before ordering
M("zh-Hant", "b5", "b", "黃淑芬 <shufen.huang@pchome.com.tw>", "維他命D3可以跟降血壓藥一起吃嗎",
"""您好，

我媽媽今年72歲，每天早上吃一顆降血壓的藥，醫生說她有骨質疏鬆，我想在你們網站買那款
「維他命D3 2000IU 軟膠囊」給她吃。想請問：

1. 兩種可以同時吃嗎？要不要隔開時間？
2. 一天一顆對老人家會不會太多？
3. 軟膠囊大概多大顆？她吞藥比較困難。

還沒下單，想先問清楚，謝謝！

黃淑芬""",
L("inquiry", "product_info", "low", "黃淑芬", None, None, "", "explanation"),
date="2024-10-21 14:55")

# 34. property policy question, "先声明不是投诉"
M("zh-Hans", "u", "q", "宋嘉怡 <songjiayi@163.com>", "关于租客录人脸的问题（不是投诉）",
"""物业你好，

先声明不是投诉哈，就是想问问流程。

我家2栋1单元903下个月租出去了，租客一家三口要录门禁人脸、办停车卡。想问一下：
1. 需要带哪些材料？租赁合同和身份证复印件要不要盖章？
2. 业主本人必须到场吗？我人在外地。
3. 听邻居说人脸门禁一户最多只能录4个人，是真的吗？

谢谢！
宋嘉怡 136 5602 8841""",
L("inquiry", "policy", "low", "宋嘉怡", "13656028841", None, "", "explanation"),
date="2025-05-06 11:40")

# 35. HTML, hotel booking still "Pending", check-in tonight, answer needed before boarding at 1 pm
M("en", "u", "q", "Mateo Villanueva <mateo.v@icloud.com>", "booking confirmation?",
"""<html><body>
<div>Hi,</div>
<div><br></div>
<div>I booked a king room at your Lisbon Baixa hotel through the app about a week ago
(booking ref LXB-4471093). The app still shows &quot;Pending&quot;, I never got a confirmation
email, and my card hasn&#39;t been charged either. Is the booking confirmed?</div>
<div><br></div>
<div>We land at 18:40 tonight and are coming straight to the hotel with a very tired toddler, so I&#39;d
really appreciate an answer before I board at 1 pm &ndash; I&#39;ll be checking email at the gate.</div>
<div><br></div>
<div>Thanks,<br>Mateo Villanueva<br>(US mobile) 646-555-0139</div>
</body></html>""",
L("inquiry", "order_status", "urgent", "Mateo Villanueva", "6465550139", None, "LXB-4471093", "explanation"),
html=True, date="2025-08-02 09:15")

# 36. company travel invoices: list of trip numbers, tax number and extension as traps
M("zh-Hans", "u", "b", "财务-周蕾 <zhoulei@hengxin-tech.cn>", "开发票",
"""您好，

我是恒信科技的行政周蕾。公司同事上个月出差用了贵平台的企业版打车，下面几笔行程需要开增值税专用发票，
但企业后台"申请开票"按钮是灰的点不了。想问一下是要满多少金额才能开，还是需要另外申请？

行程订单：
- XC20241103118472（11/03，¥86.50）
- XC20241105220913（11/05，¥132.00）
- XC20241112074466（11/12，¥58.20）

抬头：深圳市恒信科技有限公司
税号：91440300MA5G2K7X3Q

联系人：周蕾 0755-2698 3341 转 806""",
L("inquiry", "billing", "normal", "周蕾", "075526983341", None,
  "XC20241103118472 XC20241105220913 XC20241112074466", "explanation"),
date="2024-12-04 15:37")

# 37. HK, mixed English, small-parts age question
M("zh-Hant", "u", "8", "Karen Yip <karenyip.hk@gmail.com>", "Age suitability of Bubble Bricks",
"""Hi，想問下你哋個 Bubble Bricks 120pcs set，盒上面寫 3+，但我個仔啱啱兩歲半，好鍾意砌嘢。

1. 入面最細粒嗰件大概有幾大？
2. 有冇 choking hazard 嘅 warning？
3. 你哋有冇 Junior 版大粒啲嘅？

唔該晒！
Karen""",
L("inquiry", "product_info", "low", "Karen Yip", None, None, "", "explanation"),
date="2025-06-09 23:02")

# 38. freight stuck at terminal; tracking number and installer's number as traps
M("en", "u", "q", "Wen-Li Chou <wenli.chou@gmail.com>", "Where are my panels? (Order SP-2024-60117)",
"""Hi,

Quick check on my shipment. Order SP-2024-60117: 12 x 410W panels plus one hybrid inverter.
The freight tracking (Estes PRO 0871524930) has shown "arrived at terminal" since Thursday, but
nobody has called to book a delivery appointment.

Our installer, Ray from BrightPath (925-555-0148), is booked for the 14th, so I'd like to know
roughly when it'll be delivered.

Thanks,
Wen-Li
cell 408-555-0163""",
L("inquiry", "logistics", "normal", "Wen-Li Chou", "4085550163", None, "SP-2024-60117", "explanation"),
date="2024-08-05 08:29")

# ---------------------------------------------------------------- suggestion (5)

# 39. complaint-sounding subject, actually feature requests for the merchant back office
M("zh-Hans", "u", "8", "甜心烘焙 陈梦瑶 <chenmengyao@qq.com>", "你们后台真的太难用了",
"""我知道你们每天收到很多骂人的邮件，我这封不算投诉，就是憋了很久想提几个建议：

1. 菜品能不能批量上下架？我们做烘焙的，每天下午面包卖完要一个一个点"售罄"，六十多个SKU点到手抽筋。
2. 营业时间能不能按日期单独设置？节假日每次都要改完再改回来。
3. 差评回复能不能存几个模板？

这些也不是什么高科技吧，别家平台早就有了。希望产品经理能看到。

陈梦瑶
甜心烘焙（长沙五一店）""",
L("suggestion", "feature_request", "low", "陈梦瑶", None, None, "", ""),
date="2025-05-28 22:47")

# 40. reply to a closed complaint; order number only in the company's quoted text
M("en", "u", "q", "Bernadette Cole <bcole1957@aol.com>", "Re: Your complaint reference 202409-118 has been closed",
"""Thank you for closing that out - the late delivery was sorted and I'm not complaining again.

But it did give me an idea or two, for what they're worth from a 67-year-old:

- Text me a refill reminder a week before my prescriptions run out. Email gets buried.
- Let me add a caregiver to my account so my daughter can reorder for me.
- Bigger print on the bottle labels, please. I need my reading glasses and a lamp.

Best wishes,
Bernadette Cole

> Dear Ms. Cole,
> Your complaint regarding the delayed delivery of order RX-77120 has been resolved and is now
> closed. If you need further help, call us at 1-800-555-0175.
> MediRx Express Customer Care""",
L("suggestion", "feature_request", "low", "Bernadette Cole", None, None, "", ""),
date="2024-09-30 11:06")

# 41. Taiwan courier: wet sockets at an uncovered swap station, explicitly nothing happened
M("zh-Hant", "b5", "q", "王建宏 <jianhong.wang@gmail.com>", "換電站的一點建議",
"""你好，

我是外送員，每天都在你們板橋這一帶換電。想提個建議：府中站那邊的換電櫃沒有遮雨棚，
下雨天換電池都要淋雨，電池倉口也常常濕濕的，感覺不太好。目前是沒出過什麼事，只是覺得
可以加個棚子，或是把櫃子往騎樓裡面移一點。

另外那邊機車停的位置很窄，尖峰時間大家排隊會擋到人行道，也可以考慮一下動線。

謝謝，辛苦了。
王建宏""",
L("suggestion", "feedback", "low", "王建宏", None, None, "", ""),
date="2024-06-12 18:20")

# 42. GB2312 QP, manual wording feedback from a satisfied customer
M("zh-Hans", "gb", "q", "吕志远 <lvzhiyuan@21cn.com>", "说明书的一点意见",
"""你们好，

上个月装了你们的燃气热水器，用着挺好，没什么问题。就是说明书有几处写得太笼统，给你们提个意见：

比如"请勿在无水状态下开启点火"，我琢磨了半天才明白是要先开水龙头再点火；
还有"排烟管需与外墙保持适当坡度"，适当是多少度，一般人根本不知道。

建议下个版本写得具体一点，配上图，最好在机器侧面贴个二维码，扫出来就是安装和使用视频。
家里老人看说明书是真的看不懂。

谢谢。
吕志远""",
L("suggestion", "feedback", "low", "吕志远", None, None, "", ""),
date="2025-02-06 20:11")

# 43. HTML, thanks-wrapped accessibility suggestions for a hotel chain
M("en", "u", "b", "Naomi Achterberg <naomi.achterberg@gmail.com>", "Thank you + a few ideas",
"""<html><body>
<p>Dear Harbourline team,</p>
<p>Thank you for a really pleasant stay at Harbourline Rotterdam last week &ndash; the staff were
lovely and nothing went wrong, so please read this as ideas, not a complaint.</p>
<p>I use a wheelchair, and a few small things would make a big difference:</p>
<ul>
<li>Hang at least one clothes hook and the peephole at seated height in accessible rooms.</li>
<li>A fold-down bench in the roll-in shower (I had to ask for a plastic chair).</li>
<li>Photos of the accessible rooms and bathroom on your booking site, so guests can check
door widths before booking.</li>
</ul>
<p>Warm regards,<br>Naomi Achterberg</p>
</body></html>""",
L("suggestion", "feedback", "low", "Naomi Achterberg", None, None, "", ""),
html=True, date="2025-04-23 19:58")

# ---------------------------------------------------------------- other (7)

# 44. job application to the property company, full of service words
M("zh-Hans", "u", "8", "覃海燕 <qinhaiyan_job@163.com>", "应聘物业客服岗位",
"""您好！

在招聘网站上看到贵公司招聘物业客服，特来应聘。我叫覃海燕，28岁，之前在一个三千户的小区做了两年前台客服，
熟悉门禁卡办理、业主报修登记、投诉接待和回访流程，会用常见的物业管理系统。

简历在附件里，期待您的回复。

覃海燕
电话：150-7716-3392""",
L("other", None, "low", "覃海燕", "15077163392", None, "", ""),
date="2024-07-15 10:00")

# 45. accountant's auto-reply to a "payroll failed" notice; colleague's number is a trap
M("en", "a", "7", '"Gary Whitlock" <gwhitlock@whitlockcpa.com>',
"Automatic reply: ACTION REQUIRED: payroll run failed",
"""Thank you for your email. I am out of the office until Monday, January 13, with limited access
to email.

For anything urgent, including payroll and tax deadlines, please contact my colleague Linda Osei
at (312) 555-0177 or linda@whitlockcpa.com.

Gary Whitlock, CPA""",
L("other", None, "low", "Gary Whitlock", None, None, "", ""),
date="2025-01-09 17:31")

# 46. HK thanks-only to a designated driver; driver's number and staff number are traps
M("zh-Hant", "u", "8", "周太 <chow.family@yahoo.com.hk>", "多謝昨晚嘅代駕師傅",
"""你好，

想讚吓昨晚（11月8號）送我哋返屋企嘅代駕師傅，工號 D-30917，姓馮。我先生飲多咗兩杯，師傅好有耐性，
揸車好穩，到咗樓下仲幫手扶佢上樓。

佢留咗個電話 9315 6620 話有需要可以直接搵佢，不過我諗都係經App叫好啲。唔使回覆，多謝晒！

周太""",
L("other", "thanks", "low", "周太", None, None, "", ""),
date="2024-11-09 12:12")

# 47. misdirected school-parents mail with an "urgent" same-day change
M("en", "u", "8", "Hannah Fitzgerald <hfitzgerald@gmail.com>", "URGENT - change to pickup today!!",
"""Hi all (Year 3 carpool parents),

Urgent change for TODAY: swimming has been moved, so the kids need collecting from the leisure
centre at 3:15 instead of school at 3:30. I can take four in my car, Priya's taking the rest.
If your child has a booster seat please drop it at the office this morning.

Sorry for the short notice!
Hannah (Mia's mum)""",
L("other", None, "low", "Hannah Fitzgerald", None, None, "", ""),
date="2024-10-17 07:48")

# 48. GBK base64 HTML spam pitch to merchants (曝光, 差评, 投诉 as bait words)
M("zh-Hans", "gbk", "b", "店铺增长顾问 李经理 <growth_lee@dianpu-yunying.cn>",
"【商家必看】店铺排名掉了？7天曝光提升300%",
"""<html><body>
<p>老板您好！</p>
<p>最近是不是感觉<b>单量下滑、排名靠后、差评投诉越来越多</b>？别着急，这不是您一个人的问题！</p>
<p>我们是专业外卖代运营团队，已服务3000+餐饮商家：</p>
<div>&#10004; 店铺装修 + 爆款菜单设计<br>
&#10004; 差评处理、申诉代办<br>
&#10004; 7天曝光提升300%，无效全额退款</div>
<p>现在咨询即送<b>免费店铺诊断</b>一次，名额有限，紧急联系！</p>
<p>李经理<br>微信同号：177-0211-8456</p>
<p style="font-size:11px;color:#999">如不想再收到此类邮件，请回复TD退订。</p>
</body></html>""",
L("other", None, "low", "李经理", None, None, "", ""),
html=True, date="2025-03-19 10:30")

# 49. Taiwan HR thanks after a night-time payroll outage; quoted notice full of emergency words
M("zh-Hant", "u", "8", "劉怡君 <yijun.liu@hengda-design.com.tw>", "RE: 【系統異常通知】薪資計算服務中斷",
"""您好，

謝謝你們昨天晚上加班處理，今天早上薪資單都正常產出，也準時轉帳了，同事們都收到了。
特別謝謝技術部的 Allen，半夜一點還回我訊息。

這封不用回，案子結掉就可以了。

劉怡君
人資部

-----Original Message-----
From: 薪資雲客服中心 <support@paycloud.com.tw>
Sent: Thursday, January 23, 2025 9:41 PM
Subject: 【系統異常通知】薪資計算服務中斷

親愛的客戶您好：目前薪資計算服務發生異常，部分客戶無法產出薪資單，技術團隊正緊急處理中，
案件編號 202501-0093。如有緊急需求請撥 0800-668-221。""",
L("other", "thanks", "low", "劉怡君", None, None, "", ""),
date="2025-01-24 09:20")

# 50. misdirected family mail (bill and water cut-off talk) sent to the bank's mailbox
M("zh-Hans", "u", "q", "张莉莉 <zhanglili0915@163.com>", "今晚停水！",
"""老公：

物业群里说今晚8点到明早6点停水，你下班回来先接两桶水，别忘了。

还有，招行信用卡账单我看到了，那笔3280是你买的鱼竿吧？别装了，周末回来再跟你算账。
儿子的家长会是周四下午，你请个假。

老婆""",
L("other", None, "low", "张莉莉", None, None, "", ""),
date="2025-06-03 12:05")
