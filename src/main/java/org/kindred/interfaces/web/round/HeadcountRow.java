package org.kindred.interfaces.web.round;

import java.io.Serializable;

/** One line of a Round's headcount form: a staff group (optional) and how many of them came. */
public class HeadcountRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String staffGroup;
    private Integer count;

    public HeadcountRow() {
    }

    public HeadcountRow(String staffGroup, Integer count) {
        this.staffGroup = staffGroup;
        this.count = count;
    }

    public String getStaffGroup() { return staffGroup; }
    public void setStaffGroup(String staffGroup) { this.staffGroup = staffGroup; }
    public Integer getCount() { return count; }
    public void setCount(Integer count) { this.count = count; }
}
