package cn.jiangxin.innovation;

/**
 * What other modules ask of innovation: nothing yet; the talent profile and insight to
 * come will read studios here.
 */
public interface InnovationApi {

}
