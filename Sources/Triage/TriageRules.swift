import Model

/// The rules that drive extraction, classification and priority: data, loaded from `config/rules.yaml`.
///
/// A phrase is matched on folded text (see ``TextNormalizer``): case-insensitive, full-width equals ASCII,
/// Traditional equals Simplified. A phrase that begins or ends with an ASCII letter or digit matches whole words
/// only at that end; a trailing `*` lets it match the start of a longer word (`refund*` matches `refunded`).
public struct TriageRules: Sendable {
    /// A phrase with a weight, and the line of the rule file it came from (for explanations and errors).
    public struct WeightedPhrase: Sendable, Equatable {
        public var text: String
        public var weight: Double
        public var line: Int?
        public init(_ text: String, weight: Double = 1, line: Int? = nil) {
            self.text = text
            self.weight = weight
            self.line = line
        }
    }

    /// Keywords for one subcategory (`logistics`, `account_security`, …).
    public struct Subcategory: Sendable {
        public var name: String
        public var keywords: [WeightedPhrase]
        /// The priority a message of this subcategory has by default, instead of the category's (`low` for
        /// general product questions).
        public var defaultPriority: Priority?
        /// Overrides the category's department.
        public var department: String?
        /// Stricter first-response and resolution limits for this subcategory (the stricter one wins).
        public var firstResponse: SLADuration?
        public var resolution: SLADuration?
        /// Points of this subcategory's phrases at which its category wins even when another scores higher.
        public var decisiveScore: Double?
        public init(
            name: String, keywords: [WeightedPhrase], defaultPriority: Priority? = nil, department: String? = nil,
            firstResponse: SLADuration? = nil, resolution: SLADuration? = nil
        ) {
            self.name = name
            self.keywords = keywords
            self.defaultPriority = defaultPriority
            self.department = department
            self.firstResponse = firstResponse
            self.resolution = resolution
        }
    }

    /// Keywords for one category and its subcategories.
    public struct Category: Sendable {
        public var category: TicketCategory
        public var keywords: [WeightedPhrase]
        public var subcategories: [Subcategory]
        /// The subcategory when none of the subcategories' phrases matched (`nil`: none).
        public var defaultSubcategory: String?
        /// The priority a message of this category has by default (`low` for suggestions, `urgent` for emergencies).
        public var defaultPriority: Priority
        public var department: String
        /// Points of the category's own keywords (not its subcategories') at which it wins even when another
        /// category scores higher (`decisive:`; subcategories have their own): two job-application words decide
        /// other over the complaint words an applicant uses about their last job. `nil`: the highest score wins.
        public var decisiveScore: Double?
        public init(
            category: TicketCategory, keywords: [WeightedPhrase], subcategories: [Subcategory] = [],
            defaultSubcategory: String? = nil, defaultPriority: Priority = .normal, department: String,
            decisiveScore: Double? = nil
        ) {
            self.decisiveScore = decisiveScore
            self.defaultSubcategory = defaultSubcategory
            self.category = category
            self.keywords = keywords
            self.subcategories = subcategories
            self.defaultPriority = defaultPriority
            self.department = department
        }
    }

    /// A named group of priority signals (`safety risk`, `thanks`, …); the name is the reason explanations give.
    public struct SignalGroup: Sendable {
        public var reason: String
        public var phrases: [WeightedPhrase]
        public init(reason: String, phrases: [WeightedPhrase]) {
            self.reason = reason
            self.phrases = phrases
        }
    }

    /// Words that cancel a following keyword (`不是投诉`, `not urgent`, `没有冒烟`).
    public struct Negation: Sendable {
        /// The negating words.
        public var cues: [String]
        /// Longer phrases that contain a cue but do not negate (`是不是`, `有没有`).
        public var exceptions: [String]
        /// How many characters may stand between the cue and the keyword (no clause punctuation in between).
        public var window: Int
        public init(cues: [String], exceptions: [String] = [], window: Int = 6) {
            self.cues = cues
            self.exceptions = exceptions
            self.window = window
        }
    }

    /// What the customer wants (诉求): a name such as `refund` and the phrases that say it.
    public struct Demand: Sendable {
        public var name: String
        public var phrases: [String]
        public init(name: String, phrases: [String]) {
            self.name = name
            self.phrases = phrases
        }
    }

    /// Identifiers that start with a fixed prefix followed by digits (`DD20240501123`, `C20240501001`).
    public struct PrefixedID: Sendable, Equatable {
        public var prefix: String
        public var minimumDigits: Int
        public var maximumDigits: Int
        public init(prefix: String, minimumDigits: Int, maximumDigits: Int = 24) {
            self.prefix = prefix
            self.minimumDigits = minimumDigits
            self.maximumDigits = maximumDigits
        }
    }

    /// Patterns and word lists for extracting the customer's details.
    public struct Extraction: Sendable {
        /// Words after which an order number follows (`订单号`, `order #`).
        public var orderCues: [String]
        /// Order numbers recognised without a cue.
        public var orderPrefixes: [PrefixedID]
        /// How many digits an order number after a cue has at least.
        public var orderMinimumDigits: Int
        /// Customer numbers (`C20240501001`).
        public var customerIDPrefixes: [PrefixedID]
        /// Labels after which the customer's own number follows, whatever its shape (`会员编号`, `customer ID`).
        public var customerIDCues: [String]
        /// How many digits a customer number after a label has at least.
        public var customerIDMinimumDigits: Int
        /// Labels of numbers that are neither orders nor customer numbers nor phones (`快递单号`, `serial no`): an
        /// order or customer-number label inside or right after one of them does not count, and the number after
        /// one is not a phone.
        public var otherNumberCues: [String]
        /// Numbers that are hotlines, never the customer's (`400`, `800`, `95`).
        public var hotlinePrefixes: [String]
        /// Words that mark a following name or number as someone else's (`客服`, `工程师`, `agent`).
        public var otherPartyWords: [String]
        /// Words after which a phone number follows (`电话`, `phone`); needed for 8-digit Hong Kong numbers and
        /// for foreign numbers that could be anything else (`415-555-0162`).
        public var phoneCues: [String]
        /// Words that say the following number is the customer's own (`我的电话`, `my cell`): it is the one to
        /// call back, ahead of numbers mentioned earlier. They are phone words too.
        public var ownPhoneCues: [String]
        /// Words that introduce the customer's own name (`我是`, `this is`).
        public var selfIntroductions: [String]
        /// Closing words after which a signature line follows (`此致`, `best regards`).
        public var signOffs: [String]
        /// Words that make a display name an organisation's, not a person's (`客服`, `support`).
        public var nonPersonNames: [String]
        /// Courier waybill shapes (`SF` and 12–15 digits): such a token is not an order number even after an order
        /// label (`是顺丰寄的，单号SF1487720390615`).
        public var trackingPrefixes: [PrefixedID] = []
        /// Words of a job application (`简历`, `resume`). Mail classified `other` without a subcategory (spam, an
        /// auto-reply, misdirected mail) keeps its phone numbers only when one of these appears: its sender is not
        /// a customer. Empty: every message keeps its numbers.
        public var applicantWords: [String] = []
        public init(
            orderCues: [String], orderPrefixes: [PrefixedID], orderMinimumDigits: Int = 6,
            customerIDPrefixes: [PrefixedID], customerIDCues: [String] = [], customerIDMinimumDigits: Int = 4,
            otherNumberCues: [String] = [], hotlinePrefixes: [String], otherPartyWords: [String],
            phoneCues: [String] = [], ownPhoneCues: [String] = [],
            selfIntroductions: [String], signOffs: [String], nonPersonNames: [String]
        ) {
            self.orderCues = orderCues
            self.orderPrefixes = orderPrefixes
            self.orderMinimumDigits = orderMinimumDigits
            self.customerIDPrefixes = customerIDPrefixes
            self.customerIDCues = customerIDCues
            self.customerIDMinimumDigits = customerIDMinimumDigits
            self.otherNumberCues = otherNumberCues
            self.hotlinePrefixes = hotlinePrefixes
            self.otherPartyWords = otherPartyWords
            self.phoneCues = phoneCues
            self.ownPhoneCues = ownPhoneCues
            self.selfIntroductions = selfIntroductions
            self.signOffs = signOffs
            self.nonPersonNames = nonPersonNames
        }
    }

    /// Dissatisfaction (angry or disappointed tone, repeated failures, broken promises): once its phrases reach
    /// `threshold` points, `category` (complaint) has scored and one of the `over` categories (a calm after-sales
    /// request, a question) leads, `category` gains those points and the `over` categories count only `factor` of
    /// theirs. Other leaders (an emergency) are left alone. An unhappy customer asking for a refund is
    /// complaining; a calm one is asking for after-sales service.
    public struct Dissatisfaction: Sendable {
        public var category: TicketCategory
        public var over: [TicketCategory]
        public var threshold: Double
        public var factor: Double
        public var phrases: [WeightedPhrase]
        public init(
            category: TicketCategory, over: [TicketCategory], threshold: Double, factor: Double,
            phrases: [WeightedPhrase]
        ) {
            self.category = category
            self.over = over
            self.threshold = threshold
            self.factor = factor
            self.phrases = phrases
        }
    }

    /// How much a keyword in the subject counts, relative to its weight.
    public var subjectWeight: Double
    /// How much a keyword in the subject of a reply or forward (`Re:`, `Fwd:`, `回复：`) counts.
    public var replySubjectWeight: Double
    /// How much a keyword in the body counts, relative to its weight.
    public var bodyWeight: Double
    /// Below this score a message is `other`.
    public var minimumScore: Double
    /// How many of a category's matched phrases count towards its score, strongest first (0: all).
    public var maxPhrasesPerCategory: Int
    /// How many characters may stand between the parts of a gapped phrase (`冒~烟` matches 冒白烟, 冒出一股烟;
    /// `line~stopped` matches "line 2 is stopped"), within one clause (`scoring.gap`).
    public var gapWindow = 8
    public var categories: [Category]
    public var negation: Negation
    /// Signals that make a message urgent once their weights reach `urgentThreshold`.
    public var urgentSignals: [SignalGroup]
    public var urgentThreshold: Double
    /// Sets of urgent groups (indexes into `urgentSignals`) whose points add up (`priority.combine`); every other
    /// group must reach the threshold on its own. `nil`: all groups add up.
    public var urgentCombinations: [[Int]]?
    /// Signals that make a normal message low once their weights reach `lowThreshold`.
    public var lowSignals: [SignalGroup]
    public var lowThreshold: Double
    /// Categories whose low messages become normal when they name an order (a question about one order is not a
    /// general question).
    public var namedOrderMakesNormal: [TicketCategory]
    /// Sender addresses, domains (`@example.com`) or customer numbers whose messages are raised one level.
    public var vip: [String]
    public var demands: [Demand]
    /// The categories whose messages have demands; others (suggestions, thanks, spam) ask for nothing.
    public var demandCategories: [TicketCategory]
    public var extraction: Extraction
    /// The department for `other`.
    public var fallbackDepartment: String
    /// The dissatisfaction booster (`nil`: none).
    public var dissatisfaction: Dissatisfaction?
    /// The opposite tone (`calm:`): a customer who says it is not a complaint, just a question, moves a message
    /// from complaint to inquiry. Same shape as `dissatisfaction`.
    public var calm: Dissatisfaction?
    /// `prefer:` — a category that wins over the leaders in `over` once it scores `minimum` (a thank-you that also
    /// makes a suggestion is a suggestion, not thanks-only mail).
    public struct Preference: Sendable, Equatable {
        public var category: TicketCategory
        public var over: [TicketCategory]
        public var minimum: Double
        public init(category: TicketCategory, over: [TicketCategory], minimum: Double) {
            self.category = category
            self.over = over
            self.minimum = minimum
        }
    }
    public var preferences: [Preference] = []

    public init(
        subjectWeight: Double = 2, replySubjectWeight: Double = 1, bodyWeight: Double = 1, minimumScore: Double = 2,
        maxPhrasesPerCategory: Int = 0,
        categories: [Category],
        negation: Negation, urgentSignals: [SignalGroup], urgentThreshold: Double = 3, lowSignals: [SignalGroup],
        lowThreshold: Double = 2, namedOrderMakesNormal: [TicketCategory] = [], vip: [String] = [],
        demandCategories: [TicketCategory] = TicketCategory.allCases, demands: [Demand], extraction: Extraction,
        fallbackDepartment: String = "customer_service", dissatisfaction: Dissatisfaction? = nil
    ) {
        self.dissatisfaction = dissatisfaction
        self.subjectWeight = subjectWeight
        self.replySubjectWeight = replySubjectWeight
        self.bodyWeight = bodyWeight
        self.minimumScore = minimumScore
        self.maxPhrasesPerCategory = maxPhrasesPerCategory
        self.categories = categories
        self.negation = negation
        self.urgentSignals = urgentSignals
        self.urgentThreshold = urgentThreshold
        self.lowSignals = lowSignals
        self.lowThreshold = lowThreshold
        self.namedOrderMakesNormal = namedOrderMakesNormal
        self.vip = vip
        self.demands = demands
        self.demandCategories = demandCategories
        self.extraction = extraction
        self.fallbackDepartment = fallbackDepartment
    }

    /// The department for a category and subcategory.
    public func department(for category: TicketCategory, subcategory: String?) -> String {
        guard let rules = categories.first(where: { $0.category == category }) else { return fallbackDepartment }
        if let subcategory, let sub = rules.subcategories.first(where: { $0.name == subcategory }),
            let department = sub.department
        {
            return department
        }
        return rules.department
    }
}
