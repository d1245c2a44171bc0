package com.appconda.licensing.platform.boundary;

import com.appconda.licensing.platform.entity.InvalidInputException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * The values of a console form, bound by name ({@code #{bean.form.values['name']}}) and read back typed
 * for the facade's request record. Numbers typed as text that are not numbers are refused for their field.
 */
public class FormValues implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<String, Object> values = new HashMap<>();

    public Map<String, Object> getValues() {
        return values;
    }

    public FormValues put(String field, Object value) {
        values.put(field, value);
        return this;
    }

    public String text(String field) {
        Object value = values.get(field);
        return value == null || value.toString().isBlank()
                ? null
                : value.toString().strip();
    }

    public Boolean flag(String field) {
        Object value = values.get(field);
        return value == null ? null : value instanceof Boolean b ? b : Boolean.valueOf(value.toString());
    }

    public Integer integer(String field) {
        BigDecimal value = decimal(field);
        try {
            return value == null ? null : value.intValueExact();
        } catch (ArithmeticException notAnInt) {
            throw new InvalidInputException(field, "must be a whole number up to " + Integer.MAX_VALUE);
        }
    }

    public Long whole(String field) {
        BigDecimal value = decimal(field);
        try {
            return value == null ? null : value.longValueExact();
        } catch (ArithmeticException notALong) {
            throw new InvalidInputException(field, "must be a whole number");
        }
    }

    public BigDecimal decimal(String field) {
        String text = text(field);
        try {
            return text == null ? null : new BigDecimal(text);
        } catch (NumberFormatException notANumber) {
            throw new InvalidInputException(field, "must be a number");
        }
    }

    public Long revision() {
        Object value = values.get("revision");
        return value == null ? null : Long.valueOf(value.toString());
    }
}
