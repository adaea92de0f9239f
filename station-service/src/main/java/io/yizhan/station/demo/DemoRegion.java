package io.yizhan.station.demo;

import java.util.List;

/**
 * Where demo stations go: cities weighted by population, each with the WGS-84 centres of its main
 * districts and counties (well-known approximate centres, good to a kilometre or two).
 */
public record DemoRegion(String name, List<City> cities, double scatterKm, double maxKm) {

    /** A city (or, in the national set, a city's urban area); {@code tenant} is its code. */
    public record City(String tenant, String nameZh, double populationMillions, List<District> districts) {
    }

    /** A district or county centre; {@code weight} says how many of the city's stations it gets, relatively. */
    public record District(String nameZh, double lat, double lon, double weight, List<String> places) {
    }

    static District d(String name, double lat, double lon, double weight, String... places) {
        return new District(name, lat, lon, weight, List.of(places));
    }

    /** Fujian's bounding box (lat 23.5–28.4, lon 115.8–120.8). */
    public static final double FUJIAN_MIN_LAT = 23.5;
    public static final double FUJIAN_MAX_LAT = 28.4;
    public static final double FUJIAN_MIN_LON = 115.8;
    public static final double FUJIAN_MAX_LON = 120.8;

    /** The ten city unions of Fujian (the tenants), with their districts and counties. */
    public static final DemoRegion FUJIAN = new DemoRegion("fujian", List.of(
            new City("fuzhou", "福州", 8.4, List.of(
                    d("鼓楼区", 26.082, 119.296, 3, "东街口", "五四路", "温泉", "鼓东", "屏山", "西洪路"),
                    d("台江区", 26.053, 119.314, 3, "中亭街", "上下杭", "宁化", "茶亭", "鳌峰"),
                    d("仓山区", 26.030, 119.300, 3, "金山", "盖山", "城门", "建新", "三叉街", "仓前"),
                    d("晋安区", 26.082, 119.328, 3, "鼓山", "新店", "岳峰", "王庄", "茶园"),
                    d("马尾区", 25.990, 119.450, 1.5, "罗星", "亭江", "快安"),
                    d("长乐区", 25.962, 119.523, 2, "吴航", "营前", "潭头", "漳港"),
                    d("福清市", 25.720, 119.384, 2.5, "龙山", "音西", "宏路", "江阴", "玉屏"),
                    d("闽侯县", 26.150, 119.131, 2, "甘蔗", "上街", "南屿", "青口"),
                    d("连江县", 26.197, 119.539, 1, "凤城", "琯头", "敖江"),
                    d("罗源县", 26.490, 119.550, 0.6, "凤山", "松山"),
                    d("闽清县", 26.221, 118.864, 0.5, "梅城", "白中"),
                    d("永泰县", 25.866, 118.939, 0.5, "樟城", "城峰"))),
            new City("xiamen", "厦门", 5.3, List.of(
                    d("思明区", 24.454, 118.082, 3, "中山路", "莲前", "嘉莲", "筼筜", "厦港", "鹭江"),
                    d("湖里区", 24.512, 118.146, 3, "殿前", "禾山", "江头", "金山", "湖里"),
                    d("集美区", 24.576, 118.097, 2, "杏林", "侨英", "灌口", "后溪"),
                    d("海沧区", 24.484, 118.033, 1.5, "新阳", "嵩屿", "东孚"),
                    d("同安区", 24.723, 118.152, 1.5, "大同", "祥平", "西柯", "新民"),
                    d("翔安区", 24.618, 118.247, 1.2, "新店", "马巷", "内厝"))),
            new City("zhangzhou", "漳州", 5.0, List.of(
                    d("芗城区", 24.510, 117.654, 3, "胜利路", "浦南", "石亭", "西桥"),
                    d("龙文区", 24.503, 117.710, 2, "蓝田", "朝阳", "步文"),
                    d("龙海区", 24.447, 117.818, 2, "石码", "角美", "海澄", "紫泥"),
                    d("长泰区", 24.625, 117.759, 0.8, "武安", "岩溪"),
                    d("漳浦县", 24.117, 117.614, 1.2, "绥安", "旧镇", "佛昙"),
                    d("云霄县", 23.958, 117.340, 0.7, "云陵", "莆美"),
                    d("诏安县", 23.711, 117.175, 0.7, "南诏", "四都"),
                    d("东山县", 23.702, 117.430, 0.5, "西埔", "铜陵"),
                    d("平和县", 24.363, 117.315, 0.7, "小溪", "坂仔"),
                    d("南靖县", 24.515, 117.357, 0.6, "山城", "靖城"),
                    d("华安县", 25.004, 117.534, 0.3, "华丰"))),
            new City("quanzhou", "泉州", 8.9, List.of(
                    d("鲤城区", 24.908, 118.587, 2, "开元", "江南", "中山中路", "浮桥"),
                    d("丰泽区", 24.888, 118.613, 2.5, "东海", "城东", "华大", "清源"),
                    d("洛江区", 24.940, 118.671, 1, "万安", "双阳"),
                    d("泉港区", 25.120, 118.916, 1, "山腰", "前黄"),
                    d("晋江市", 24.782, 118.552, 4, "陈埭镇", "青阳", "池店", "磁灶", "安海", "西园"),
                    d("石狮市", 24.732, 118.648, 2, "湖滨", "宝盖", "凤里", "灵秀"),
                    d("南安市", 24.960, 118.386, 2.5, "水头", "官桥", "溪美", "柳城"),
                    d("惠安县", 25.030, 118.797, 1.5, "螺城", "东岭", "张坂"),
                    d("安溪县", 25.056, 118.186, 1.2, "凤城", "城厢", "龙门"),
                    d("永春县", 25.322, 118.294, 0.7, "桃城", "五里街"),
                    d("德化县", 25.491, 118.241, 0.6, "浔中", "龙浔"))),
            new City("sanming", "三明", 2.5, List.of(
                    d("三元区", 26.234, 117.608, 2, "列东", "城关", "富兴堡"),
                    d("沙县区", 26.397, 117.793, 1.2, "凤岗", "虬江"),
                    d("永安市", 25.942, 117.365, 1.5, "燕东", "燕西", "曹远"),
                    d("明溪县", 26.357, 117.202, 0.4, "雪峰"),
                    d("清流县", 26.178, 116.816, 0.4, "龙津"),
                    d("宁化县", 26.261, 116.654, 0.6, "翠江", "石壁"),
                    d("大田县", 25.693, 117.847, 0.6, "均溪"),
                    d("尤溪县", 26.170, 118.190, 0.7, "城关", "西城"),
                    d("将乐县", 26.728, 117.471, 0.4, "古镛"),
                    d("泰宁县", 26.900, 117.176, 0.3, "杉城"),
                    d("建宁县", 26.833, 116.846, 0.3, "濉溪"))),
            new City("putian", "莆田", 3.2, List.of(
                    d("城厢区", 25.419, 118.994, 2, "龙桥", "凤凰山", "霞林"),
                    d("荔城区", 25.431, 119.015, 2, "镇海", "拱辰", "黄石"),
                    d("涵江区", 25.459, 119.116, 1.5, "涵东", "涵西", "江口"),
                    d("秀屿区", 25.318, 119.105, 1.2, "笏石", "东庄", "月塘"),
                    d("仙游县", 25.362, 118.692, 1.5, "鲤城", "鲤南", "榜头"))),
            new City("nanping", "南平", 2.6, List.of(
                    d("延平区", 26.637, 118.182, 2, "梅山", "水南", "黄墩"),
                    d("建阳区", 27.332, 118.120, 1.2, "潭城", "童游"),
                    d("建瓯市", 27.023, 118.305, 1.2, "芝山", "通济"),
                    d("邵武市", 27.340, 117.492, 1, "昭阳", "通泰"),
                    d("武夷山市", 27.756, 118.035, 1, "崇安", "新丰", "武夷"),
                    d("顺昌县", 26.793, 117.810, 0.5, "双溪"),
                    d("浦城县", 27.917, 118.541, 0.6, "南浦"),
                    d("光泽县", 27.541, 117.334, 0.3, "杭川"),
                    d("松溪县", 27.526, 118.785, 0.3, "松源"),
                    d("政和县", 27.366, 118.857, 0.3, "熊山"))),
            new City("longyan", "龙岩", 2.7, List.of(
                    d("新罗区", 25.098, 117.037, 3, "中城", "西城", "东肖", "铁山"),
                    d("永定区", 24.724, 116.732, 1, "凤城", "坎市"),
                    d("漳平市", 25.290, 117.420, 0.8, "菁城", "桂林"),
                    d("长汀县", 25.833, 116.357, 0.8, "汀州", "大同"),
                    d("上杭县", 25.050, 116.420, 0.9, "临城", "临江"),
                    d("武平县", 25.095, 116.100, 0.6, "平川", "中山"),
                    d("连城县", 25.710, 116.755, 0.6, "莲峰", "北团"))),
            new City("ningde", "宁德", 3.1, List.of(
                    d("蕉城区", 26.660, 119.527, 2, "蕉南", "蕉北", "城南"),
                    d("福安市", 27.088, 119.648, 1.5, "城阳", "阳头", "赛岐"),
                    d("福鼎市", 27.324, 120.216, 1.2, "桐山", "桐城", "太姥山"),
                    d("霞浦县", 26.885, 120.005, 0.9, "松城", "松港"),
                    d("古田县", 26.577, 118.746, 0.8, "城东", "城西"),
                    d("屏南县", 26.908, 118.986, 0.3, "古峰"),
                    d("寿宁县", 27.460, 119.514, 0.3, "鳌阳"),
                    d("周宁县", 27.104, 119.339, 0.3, "狮城"),
                    d("柘荣县", 27.234, 119.900, 0.3, "双城"))),
            new City("pingtan", "平潭", 0.4, List.of(
                    d("平潭综合实验区", 25.503, 119.790, 3, "潭城", "北厝", "金井", "苏澳"),
                    d("平潭综合实验区", 25.455, 119.742, 1, "敖东", "流水")))),
            2.5, 12.0);

    /**
     * Big cities of China outside Fujian with their urban population (millions, approximate), for
     * national-scale benchmark sets. One centre per city with a wider scatter.
     */
    static final List<City> CHINA_CITIES = List.of(
            city("beijing", "北京", "朝阳区", 39.904, 116.407, 21.9),
            city("shanghai", "上海", "黄浦区", 31.230, 121.474, 24.9),
            city("guangzhou", "广州", "天河区", 23.129, 113.264, 18.7),
            city("shenzhen", "深圳", "福田区", 22.543, 114.058, 17.6),
            city("chongqing", "重庆", "渝中区", 29.563, 106.551, 16.0),
            city("chengdu", "成都", "锦江区", 30.573, 104.066, 20.9),
            city("tianjin", "天津", "和平区", 39.084, 117.201, 13.6),
            city("wuhan", "武汉", "江汉区", 30.593, 114.305, 13.6),
            city("xian", "西安", "雁塔区", 34.342, 108.940, 12.9),
            city("hangzhou", "杭州", "上城区", 30.274, 120.155, 12.4),
            city("nanjing", "南京", "玄武区", 32.060, 118.797, 9.4),
            city("suzhou", "苏州", "姑苏区", 31.299, 120.585, 12.9),
            city("zhengzhou", "郑州", "金水区", 34.747, 113.625, 12.8),
            city("changsha", "长沙", "芙蓉区", 28.228, 112.939, 10.4),
            city("dongguan", "东莞", "南城街道", 23.021, 113.752, 10.5),
            city("shenyang", "沈阳", "和平区", 41.806, 123.432, 9.1),
            city("qingdao", "青岛", "市南区", 36.067, 120.383, 10.3),
            city("hefei", "合肥", "蜀山区", 31.821, 117.227, 9.6),
            city("foshan", "佛山", "禅城区", 23.022, 113.122, 9.6),
            city("jinan", "济南", "历下区", 36.651, 117.120, 9.4),
            city("harbin", "哈尔滨", "南岗区", 45.803, 126.535, 9.9),
            city("kunming", "昆明", "五华区", 25.038, 102.718, 8.6),
            city("dalian", "大连", "中山区", 38.914, 121.615, 7.5),
            city("changchun", "长春", "朝阳区", 43.817, 125.324, 9.1),
            city("shijiazhuang", "石家庄", "长安区", 38.042, 114.515, 11.2),
            city("nanning", "南宁", "青秀区", 22.817, 108.366, 8.9),
            city("nanchang", "南昌", "东湖区", 28.682, 115.858, 6.5),
            city("taiyuan", "太原", "小店区", 37.870, 112.549, 5.4),
            city("guiyang", "贵阳", "南明区", 26.647, 106.630, 6.0),
            city("ningbo", "宁波", "海曙区", 29.868, 121.544, 9.6),
            city("wuxi", "无锡", "梁溪区", 31.491, 120.312, 7.5),
            city("wenzhou", "温州", "鹿城区", 27.994, 120.699, 9.6),
            city("changzhou", "常州", "天宁区", 31.811, 119.974, 5.3),
            city("urumqi", "乌鲁木齐", "天山区", 43.826, 87.617, 4.1),
            city("lanzhou", "兰州", "城关区", 36.061, 103.834, 4.4),
            city("haikou", "海口", "龙华区", 20.044, 110.199, 2.9),
            city("hohhot", "呼和浩特", "新城区", 40.842, 111.749, 3.5),
            city("yinchuan", "银川", "兴庆区", 38.487, 106.231, 2.9),
            city("xining", "西宁", "城中区", 36.617, 101.778, 2.5),
            city("lhasa", "拉萨", "城关区", 29.652, 91.172, 0.9));

    private static City city(String code, String name, String district, double lat, double lon, double millions) {
        return new City(code, name, millions, List.of(d(district, lat, lon, 1)));
    }

    /** China's big cities outside Fujian, one wide cluster each. */
    public static final DemoRegion CHINA_WITHOUT_FUJIAN = new DemoRegion("china", CHINA_CITIES, 8.0, 30.0);

    public double totalPopulation() {
        return cities.stream().mapToDouble(City::populationMillions).sum();
    }

    public City city(String tenant) {
        return cities.stream().filter(c -> c.tenant().equals(tenant)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no city " + tenant + " in " + name));
    }
}
