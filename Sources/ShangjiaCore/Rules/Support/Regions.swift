/// Zhejiang's 11 cities and their county-level divisions (市辖区, 县, 县级市), for the
/// region rules. 浙政钉's 所属区域 is chosen among 省级 and these cities by their short names.
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

    /// A region name less its final 省, 市, 区 or 县 (景宁畲族自治县 → 景宁): how names are
    /// often shortened. Nil when nothing would remain.
    /// (Over scalars: every name in the table is one scalar a character, and Character
    /// comparisons would be most of the cost of building the table at start-up.)
    static func stem(of region: String) -> String? {
        let scalars = region.unicodeScalars
        var end = scalars.endIndex
        if scalars.reversed().starts(with: autonomousCounty.reversed()) {
            end = scalars.index(end, offsetBy: -autonomousCounty.count)
        } else if let last = scalars.last, divisionSuffixes.contains(last) {
            end = scalars.index(before: end)
        }
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

    /// Where a region name (浙江省, 杭州市, 西湖区, 杭州市西湖区, 西湖区转塘街道, 义乌…) lies:
    /// `.province`, `.city("杭州")`, or nil when it names nothing in the table.
    static func locate(_ region: String) -> Location? {
        let rest = dropping(forms(of: province), from: Substring(trimmed(region)))
        if rest.isEmpty { return .province }
        guard let first = rest.unicodeScalars.first else { return nil }
        return placeNames[first]?.first { rest.hasPrefix($0.name) }.map { .city($0.city) }
    }

    enum Location: Equatable {
        case province
        case city(String)
    }

    /// Every city and county name in both forms, longest first so that a full name wins
    /// over a shorter one it starts with; grouped by first scalar, as only names starting
    /// with a region's first scalar can start it. (Scalars, not Characters: the table is
    /// built at start-up and grapheme breaking would be most of its cost; these names are
    /// one scalar a character.)
    private static let placeNames: [Unicode.Scalar: [(name: String, city: String)]] = {
        var places: [(name: String, city: String, length: Int)] = []
        for (city, counties) in cities {
            for place in [city + "市"] + counties {
                places.append((place, city, place.unicodeScalars.count))
                if let stem = stem(of: place), stem != place { places.append((stem, city, stem.unicodeScalars.count)) }
            }
        }
        places.sort { $0.length > $1.length }
        var byFirstScalar: [Unicode.Scalar: [(name: String, city: String)]] = [:]
        for place in places { byFirstScalar[place.name.unicodeScalars.first!, default: []].append((place.name, place.city)) }
        return byFirstScalar
    }()

    /// A name as the portal keeps it: surrounding whitespace (U+3000 included) does not count.
    static func trimmed(_ text: String) -> String {
        guard let start = text.firstIndex(where: { !$0.isWhitespace }), let last = text.lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(text[start...last])
    }
}
