package dev.reportsearch.api.export;

import java.util.List;

/**
 * The export's columns: Chinese headers for the people who open the file in a spreadsheet, each with
 * the machine name the OpenAPI document lists it under (issue 11 item 11). The order is the file's.
 */
final class CsvColumns {
    /** One column: its machine name and its header. */
    record Column(String id, String header) {
    }

    static final List<Column> SECTION = List.of(
            new Column("region", "地区"), new Column("region_path", "地区层级"), new Column("years", "年份"),
            new Column("themes", "主题"), new Column("report_title", "报告标题"), new Column("heading", "小节标题"),
            new Column("text", "正文"), new Column("publisher", "发布单位"), new Column("source_url", "原文链接"),
            new Column("published_at", "发布日期"), new Column("report_id", "报告编号"), new Column("section_id", "小节编号"));

    static final List<Column> ACHIEVEMENT = List.of(
            new Column("quote", "原文语句"), new Column("figure", "数字原文"), new Column("value", "数值"),
            new Column("unit", "单位"), new Column("approx", "约数"), new Column("region", "地区"),
            new Column("region_path", "地区层级"), new Column("years", "年份"), new Column("report_title", "报告标题"),
            new Column("heading", "小节标题"), new Column("publisher", "发布单位"), new Column("source_url", "原文链接"),
            new Column("published_at", "发布日期"), new Column("report_id", "报告编号"), new Column("achievement_id", "成效编号"));

    private CsvColumns() {
    }

    static List<String> headers(List<Column> columns) {
        return columns.stream().map(Column::header).toList();
    }
}
