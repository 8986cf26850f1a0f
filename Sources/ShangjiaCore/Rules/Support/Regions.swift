/// Zhejiang's 11 cities, their county-level divisions (市辖区, 县, 县级市) and functional areas,
/// for the region rules. 浙政钉's 所属区域 is chosen among 省级 and these cities by their short names.
/// The tables are literals, read as they are: nothing is derived from them at start-up.
enum Regions {
    static let province = "浙江省"

    /// Short city name (as 浙政钉 lists it) → its county-level divisions.
    static let cities: [(city: String, counties: [String])] = [
        ("杭州", ["上城区", "拱墅区", "西湖区", "滨江区", "萧山区", "余杭区", "临平区", "钱塘区", "富阳区", "临安区", "桐庐县", "淳安县", "建德市"]),
        ("宁波", ["海曙区", "江北区", "北仑区", "镇海区", "鄞州区", "奉化区", "象山县", "宁海县", "余姚市", "慈溪市"]),
        ("温州", ["鹿城区", "龙湾区", "瓯海区", "洞头区", "永嘉县", "平阳县", "苍南县", "文成县", "泰顺县", "瑞安市", "乐清市", "龙港市"]),
        ("湖州", ["吴兴区", "南浔区", "德清县", "长兴县", "安吉县"]),
        ("嘉兴", ["南湖区", "秀洲区", "嘉善县", "海盐县", "海宁市", "平湖市", "桐乡市"]),
        ("绍兴", ["越城区", "柯桥区", "上虞区", "新昌县", "诸暨市", "嵊州市"]),
        ("金华", ["婺城区", "金东区", "武义县", "浦江县", "磐安县", "兰溪市", "义乌市", "东阳市", "永康市"]),
        ("衢州", ["柯城区", "衢江区", "常山县", "开化县", "龙游县", "江山市"]),
        ("舟山", ["定海区", "普陀区", "岱山县", "嵊泗县"]),
        ("台州", ["椒江区", "黄岩区", "路桥区", "三门县", "天台县", "仙居县", "温岭市", "临海市", "玉环市"]),
        ("丽水", ["莲都区", "青田县", "缙云县", "遂昌县", "松阳县", "云和县", "庆元县", "景宁畲族自治县", "龙泉市"]),
    ]

    /// Functional areas (新区, 开发区, 风景名胜区) that units name as their region, by the names
    /// they go by, with their city. They are matched whole only: 杭州湾新区 lies in 宁波.
    static let functionalAreas: [(name: String, city: String)] = [
        ("西湖风景名胜区", "杭州"), ("杭州高新区", "杭州"), ("杭州经济技术开发区", "杭州"), ("钱塘新区", "杭州"),
        ("宁波杭州湾新区", "宁波"), ("杭州湾新区", "宁波"), ("宁波高新区", "宁波"), ("宁波保税区", "宁波"), ("大榭开发区", "宁波"),
        ("宁波大榭开发区", "宁波"), ("梅山保税港区", "宁波"),
        ("温州经济技术开发区", "温州"), ("温州经开区", "温州"), ("瓯江口新区", "温州"), ("温州湾新区", "温州"),
        ("南太湖新区", "湖州"), ("湖州南太湖新区", "湖州"),
        ("嘉兴经济技术开发区", "嘉兴"), ("嘉兴港区", "嘉兴"),
        ("绍兴滨海新区", "绍兴"),
        ("金华经济技术开发区", "金华"), ("金华开发区", "金华"),
        ("衢州智造新城", "衢州"),
        ("舟山群岛新区", "舟山"), ("浙江舟山群岛新区", "舟山"),
        ("台州湾新区", "台州"), ("台州经济开发区", "台州"),
        ("丽水经济技术开发区", "丽水"), ("丽水开发区", "丽水"),
    ]

    /// A region name less its final 省, 市, 区 or 县 (景宁畲族自治县 → 景宁): how names are
    /// often shortened. Nil when nothing would remain.
    static func stem(of region: String) -> String? {
        let scalars = region.unicodeScalars
        let end = scalars.index(scalars.endIndex, offsetBy: -suffixLength(of: region))
        return end == scalars.startIndex ? nil : String(scalars[..<end])
    }

    private static let autonomousCounty = Array("畲族自治县".unicodeScalars)
    private static let divisionSuffixes: [Unicode.Scalar] = ["省", "市", "区", "县"]

    /// The names a region goes by: itself and its stem.
    static func forms(of region: String) -> [String] {
        [region] + [stem(of: region)].compactMap { $0 }.filter { $0 != region }
    }

    /// `text` less the first of `prefixes` it starts with (list full forms before stems).
    static func dropping(_ prefixes: [String], from text: Substring) -> Substring {
        guard let prefix = prefixes.first(where: { text.hasPrefix($0) }) else { return text }
        return text.dropFirst(prefix.count)
    }

    enum Location: Equatable {
        case province
        case city(String)
    }

    /// One place of a region name as written (浙江省杭州市西湖区 is three).
    struct Place: Equatable {
        enum Kind: Equatable {
            case province
            /// A city or a county-level division of the city.
            case division(city: String)
            /// A functional area of the city: it has no short form.
            case area(city: String)
            /// A name the table does not know.
            case unknown
        }

        let written: String
        let kind: Kind

        /// The names it goes by: as written, and (but for a functional area) without its final 省/市/区/县.
        var forms: [String] {
            if case .area = kind { return [written] }
            return Regions.forms(of: written)
        }

        var city: String? {
            switch kind {
            case .division(let city), .area(let city): city
            case .province, .unknown: nil
            }
        }
    }

    /// The places of a region name, in order. A known name counts only whole: written in full, or
    /// as its stem followed by the end or by another known place (杭州西湖区), never as the start
    /// of a longer unknown word (杭州湾 is not 杭州). Unknown text is split after each 省/市/区/县.
    /// (Over scalars: every name in the tables is one scalar a character, and comparing Characters
    /// would cost most of the work.)
    static func places(of region: String) -> [Place] {
        let scalars = Array(trimmed(region).unicodeScalars)
        var places: [Place] = []
        var start = 0
        while start < scalars.count {
            let rest = scalars[start...]
            let length: Int
            if let known = knownPlace(at: rest) {
                length = known.length
                places.append(Place(written: String(String.UnicodeScalarView(rest.prefix(length))), kind: known.kind))
            } else {
                length = (rest.firstIndex(where: divisionSuffixes.contains).map { $0 + 1 } ?? scalars.count) - start
                places.append(Place(written: String(String.UnicodeScalarView(rest.prefix(length))), kind: .unknown))
            }
            start += length
        }
        return places
    }

    /// The longest known place `text` starts with: its kind and its length in scalars.
    private static func knownPlace(at text: ArraySlice<Unicode.Scalar>) -> (kind: Place.Kind, length: Int)? {
        var best: (kind: Place.Kind, length: Int)?
        /// `name` followed by `suffix` when given (a city: 杭州 + 市).
        func consider(_ name: String, suffix: Unicode.Scalar? = nil, _ kind: Place.Kind, stemAllowed: Bool) {
            var index = text.startIndex, matched = 0, whole = true
            for scalar in name.unicodeScalars {
                guard index < text.endIndex, text[index] == scalar else { whole = false; break }
                index += 1
                matched += 1
            }
            if whole, let suffix {
                whole = index < text.endIndex && text[index] == suffix
                if whole { matched += 1 }
            }
            guard matched > (best?.length ?? 0) else { return }
            if whole {
                best = (kind, matched)
                return
            }
            // A stem (the name less its suffix) must end the text or be followed by a known place.
            guard stemAllowed else { return }
            let stemLength = suffix == nil ? name.unicodeScalars.count - suffixLength(of: name) : name.unicodeScalars.count
            guard stemLength > 0, matched >= stemLength, stemLength > (best?.length ?? 0) else { return }
            let after = text.dropFirst(stemLength)
            if after.isEmpty || knownPlace(at: after) != nil { best = (kind, stemLength) }
        }
        consider(province, .province, stemAllowed: true)
        for area in functionalAreas { consider(area.name, .area(city: area.city), stemAllowed: false) }
        for (city, counties) in cities {
            consider(city, suffix: "市", .division(city: city), stemAllowed: true)
            for county in counties { consider(county, .division(city: city), stemAllowed: true) }
        }
        return best
    }

    /// How many final scalars `stem(of:)` drops.
    private static func suffixLength(of name: String) -> Int {
        let scalars = name.unicodeScalars
        if scalars.reversed().starts(with: autonomousCounty.reversed()) { return autonomousCounty.count }
        return scalars.last.map(divisionSuffixes.contains) == true ? 1 : 0
    }

    /// Where a region name (浙江省, 杭州市, 西湖区, 杭州市西湖区, 西湖区转塘街道, 义乌, 宁波杭州湾新区…)
    /// lies: `.province`, `.city("杭州")`, or nil when its first place below the province is unknown.
    static func locate(_ region: String) -> Location? {
        let places = places(of: region)
        guard let first = places.first else { return nil }
        let below = first.kind == .province ? places.dropFirst() : places[...]
        guard let place = below.first else { return .province }
        return place.city.map(Location.city)
    }

    /// A name as the portal keeps it: surrounding whitespace (U+3000 included) does not count.
    static func trimmed(_ text: String) -> String {
        guard let start = text.firstIndex(where: { !$0.isWhitespace }), let last = text.lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(text[start...last])
    }
}
