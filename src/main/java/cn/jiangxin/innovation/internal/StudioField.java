package cn.jiangxin.innovation.internal;

/** The field a studio works in, for filters and for matching problems to studios. */
enum StudioField {

	RAIL_TRANSIT, ROAD_TRANSPORT, AVIATION, RAILWAY, FINTECH, JUDICIAL, MANUFACTURING, CONSTRUCTION, BIOMEDICAL, IT,
	PUBLIC_SERVICE, EDUCATION, LOGISTICS, OTHER

}
