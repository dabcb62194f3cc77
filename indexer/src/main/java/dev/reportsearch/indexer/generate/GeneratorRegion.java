package dev.reportsearch.indexer.generate;

/** A county-level region the generator writes about; {@code city} is null under a municipality or a province directly. */
public record GeneratorRegion(String province, String city, String county) {

    String cityOrProvince() {
        return city != null ? city : province;
    }

    /** The county without its suffix where that leaves two characters or more (余杭区 → 余杭, 蠡县 stays). */
    String shortName() {
        return county.length() > 2 ? county.substring(0, county.length() - 1) : county;
    }

    /** 全区 / 全县 / 全市 / 全旗, after the county's last character. */
    String whole() {
        return "全" + county.charAt(county.length() - 1);
    }
}
