/// English for the grammatical words of policy prose, used in interlinear gloss lines in
/// place of a dictionary's first sense, which is often a rarer meaning (对 "right; correct"
/// where policy texts mean "to; regarding", 被 "quilt" where they mean "by"). The team's own
/// choices for the gloss line; token glosses keep the dictionary's sense and its layer.
enum FunctionWords {
    /// The gloss of each word; an empty gloss drops the word from the line (structural
    /// particles with no English counterpart).
    static let glosses: [String: String] = [
        "的": "", "地": "", "得": "", "了": "", "着": "", "过": "", "之": "of", "所": "",
        "对": "to", "对于": "regarding", "关于": "on", "和": "and", "与": "and", "及": "and", "以及": "and", "并": "and",
        "或": "or", "或者": "or", "而": "while", "但": "but", "但是": "but", "也": "also", "都": "all", "还": "also",
        "在": "in", "于": "in", "从": "from", "向": "to", "往": "toward", "由": "by", "被": "by", "把": "", "将": "will",
        "为": "for", "为了": "in order to", "以": "to", "用": "with", "按": "according to", "按照": "according to",
        "根据": "according to", "依据": "based on", "通过": "through", "围绕": "around", "等": "etc.", "等等": "etc.",
        "其": "its", "该": "the", "此": "this", "这": "this", "这些": "these", "那": "that", "各": "each", "每": "every",
        "是": "is", "有": "have", "要": "must", "应": "should", "应当": "should", "应该": "should", "可": "may",
        "可以": "may", "能": "can", "能够": "can", "不": "not", "没有": "no", "无": "no", "非": "non-", "更": "more",
        "最": "most", "很": "very", "已": "already", "已经": "already", "正在": "now", "将要": "will", "一批": "a batch of",
        "若干": "a number of", "一些": "some", "有关": "relevant", "相关": "related", "进一步": "further",
        // Sentence-final particles: no English.
        "吗": "", "呢": "", "吧": "", "啊": "", "呀": "", "嘛": "",
    ]
}
