/// The small word lists new-term discovery relies on: the suffixes that end the names of
/// programs and institutions, the function words and verbs that bound a name on its left,
/// and the numerals that start numbered abbreviations (双创, 三网, 四位一体).
///
/// The lists are the team's own, from reading Chinese policy documents; they are data,
/// not a dictionary, and a wrong entry only moves a candidate up or down the ranking.
enum DiscoveryLexicon {
    /// A name-ending suffix and how much evidence it gives that the phrase before it is a
    /// proper name rather than a description (机制 ends many generic phrases: 激励机制).
    struct Marker {
        let text: String
        let weight: Double
        /// True when a generic word before it still makes a coined term (创新券, 负面清单).
        let coins: Bool
        /// The marker's scalars (tested at every token end, so computed once).
        let scalars: [Unicode.Scalar]

        init(text: String, weight: Double, coins: Bool = false) {
            self.text = text
            self.weight = weight
            self.coins = coins
            scalars = Array(text.unicodeScalars)
        }
    }

    /// The last scalars of the markers: a token ending in another scalar ends no marker.
    static let markerEnds = Set(markers.compactMap(\.scalars.last))

    /// Suffixes of program, plan and institution names, longest first.
    static let markers: [Marker] = [
        Marker(text: "行动计划", weight: 2.5), Marker(text: "示范区", weight: 2.5), Marker(text: "试验区", weight: 2.5),
        Marker(text: "示范市", weight: 2.5), Marker(text: "先行区", weight: 2.5), Marker(text: "共同体", weight: 2.0),
        Marker(text: "直通车", weight: 2.0),
        Marker(text: "计划", weight: 2.5), Marker(text: "工程", weight: 2.5), Marker(text: "战略", weight: 2.5),
        Marker(text: "行动", weight: 2.0), Marker(text: "基地", weight: 2.0), Marker(text: "中心", weight: 2.0),
        Marker(text: "联盟", weight: 2.0), Marker(text: "走廊", weight: 2.5, coins: true),
        Marker(text: "条例", weight: 2.5, coins: true),
        Marker(text: "清单", weight: 2.0, coins: true), Marker(text: "平台", weight: 1.5), Marker(text: "机制", weight: 1.3),
        Marker(text: "券", weight: 2.5, coins: true), Marker(text: "库", weight: 2.0),
    ]

    /// Words that cannot start or continue a name leftwards: function words, quantifiers and
    /// the verbs that introduce a program (实施孔雀计划, 建设国家基因库).
    static let leftStops: Set<String> = [
        // function words and particles
        "的", "和", "与", "及", "以及", "等", "或", "或者", "在", "是", "为", "对", "将", "把", "以", "由", "向", "从",
        "到", "于", "了", "着", "之", "其", "各", "每", "该", "此", "并", "并且", "而", "也", "都", "又", "还", "被",
        "给", "让", "使", "要", "会", "能", "可", "应", "应当", "需要", "通过", "按照", "根据", "围绕", "依托", "面向",
        "结合", "利用", "借助", "针对", "关于", "有关", "相关", "其中", "一是", "二是", "三是", "四是", "五是",
        // quantifiers
        "一批", "一大批", "若干", "多个", "各类", "各种", "多种", "一个", "一些", "一系列", "一流", "一体", "这", "那",
        "更多", "更", "最",
        // verbs that introduce programs and institutions
        "建设", "实施", "推进", "加快", "打造", "开展", "支持", "建立", "完善", "推动", "设立", "组建", "发起", "参与",
        "构建", "形成", "引进", "培育", "加强", "深化", "探索", "鼓励", "吸引", "提升", "促进", "落实", "启动",
        "筹建", "争取", "创建", "申报", "办好", "举办", "谋划", "规划", "布局", "强化", "优化", "健全", "成立", "采取",
        "实行", "坚持", "拓展", "争创", "承接", "搭建", "部署", "共建", "依靠", "运用", "提供", "建成", "成为",
        "作为", "实现", "发挥", "增强", "提高", "扩大", "加大", "着力", "努力", "积极", "主动", "大力", "全面", "重点",
        "进一步", "持续", "率先", "继续", "深入", "加速", "高水平", "高标准", "聚焦", "瞄准", "突出", "统筹", "制定",
        "出台", "融入", "对接", "连接", "承担", "推行", "申领", "申请", "发放", "给予", "享受", "领取", "兑现", "办好",
        "牵头", "入选", "评选", "贯彻", "设", "建", "办", "抓",
    ]

    /// Prefixes that make a `prefix + marker` name generic however it is written (行动计划, 重大专项).
    static let genericPrefixes: Set<String> = [
        "行动", "专项", "试点", "重点", "重大", "有效", "管理", "运行", "激励", "评价", "合作", "服务", "保障", "工作",
        "发展", "创新", "研发", "研究", "技术", "产业", "科技", "国际", "全球", "区域", "新型", "综合", "公共", "企业",
        "长效", "协调", "联动", "实施", "建设", "投入", "分担", "补偿", "增进", "对接", "响应", "调整", "体制", "制度",
        "政策", "信息", "数据", "应用", "基础", "示范", "孵化", "转化", "成果", "科学",
    ]

    /// True for a counted period or number of things (三年, 五年, 两项, 十大): before a
    /// marker it makes a generic head (三年行动计划), not a name.
    static func isCountedPeriod(_ token: String) -> Bool {
        let characters = Array(token)
        guard characters.count >= 2, let last = characters.last, measureCharacters.contains(last) else { return false }
        return characters.dropLast().allSatisfy { numerals.contains($0) || $0 == "百" || $0 == "千" || $0.isNumber }
    }

    /// Words that open the names of national institutions and programs (国家基因库, 中国制造2025).
    static let nameOpeners: Set<String> = ["国家", "中国", "全国"]

    /// Particles and conjunctions: they may follow a name directly (孔雀计划的, 基地和).
    static let particles: Set<Character> = [
        "的", "和", "与", "及", "等", "或", "在", "是", "为", "对", "将", "把", "以", "由", "向", "从", "到", "于", "了",
        "着", "之", "并", "而", "也", "都", "又", "还", "被", "给", "让", "使", "要", "会", "能", "可", "应", "所", "已",
    ]

    /// Characters that count things: after a numeral they make a quantity (三年, 两地), not an abbreviation.
    static let measureCharacters: Set<Character> = [
        "个", "是", "年", "月", "日", "天", "次", "批", "种", "类", "项", "家", "名", "条", "点", "件", "层", "级", "期",
        "大", "方", "者", "倍", "成", "分", "号", "元", "亿", "万", "千", "百", "十", "人", "位", "地", "强", "岁", "部",
        "所", "只", "支", "台", "套", "份", "些", "手", "线", "轮", "代", "度", "米", "周", "小", "头", "面", "侧",
    ]

    /// Numerals that start numbered abbreviations (双创, 三网融合, 四个全面).
    static let numerals: Set<Character> = ["一", "二", "两", "双", "三", "四", "五", "六", "七", "八", "九", "十"]
    /// ``numerals`` as scalars, tested at every position of a run.
    static let numeralScalars = Set(numerals.flatMap(\.unicodeScalars))

    /// Function characters that never belong to a coined word made of single characters.
    static let functionCharacters: Set<Character> = [
        "的", "和", "与", "及", "等", "或", "在", "是", "为", "对", "将", "把", "以", "由", "向", "从", "到", "于", "了",
        "着", "之", "其", "各", "每", "该", "此", "并", "而", "也", "都", "又", "还", "被", "给", "让", "使", "要",
        "能", "可", "应", "中", "上", "下", "内", "外", "前", "后", "来", "去", "有", "无", "不", "这", "那", "就", "才",
        "已", "所", "地", "得", "个", "者", "化", "性", "型", "类", "式", "度", "率",
    ]

    /// Opening and closing quotation marks that set off coined terms.
    static let quotePairs: [(open: Unicode.Scalar, close: Unicode.Scalar)] = [
        ("\u{201C}", "\u{201D}"), ("\u{300C}", "\u{300D}"), ("\u{300E}", "\u{300F}"), ("\u{2018}", "\u{2019}"),
    ]

    /// Characters that split a quoted phrase into a list or a sentence: such quotes are slogans, not terms.
    static let listPunctuation: Set<Unicode.Scalar> = [
        "、", "，", ",", "。", "；", ";", "：", ":", "！", "!", "？", "?", " ", "\u{3000}", "\t",
    ]
}
