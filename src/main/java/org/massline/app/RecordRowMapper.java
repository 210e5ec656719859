package org.massline.app;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;

import org.springframework.beans.BeanUtils;
import org.springframework.core.MethodParameter;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.JdbcUtils;

/**
 * A row as a record, each component from its snake_case column ({@code unitId} from {@code unit_id}), enums and
 * {@code LocalDate}s converted as Spring's {@code SimplePropertyRowMapper} converts them. Spring's own record
 * mappers look each column up by its camel-case name first and fall back on the thrown {@code SQLException}: on H2
 * that exception per column and row cost ~6 ms per completed task, so the column names are derived once here.
 */
public final class RecordRowMapper<R extends Record> implements RowMapper<R> {

  private final Constructor<R> constructor;
  private final String[] columns;
  private final TypeDescriptor[] types;
  private final ConversionService conversions = DefaultConversionService.getSharedInstance();

  private RecordRowMapper(Class<R> type) {
    RecordComponent[] components = type.getRecordComponents();
    this.constructor = BeanUtils.getResolvableConstructor(type);
    this.columns = Arrays.stream(components).map(c -> JdbcUtils.convertPropertyNameToUnderscoreName(c.getName()))
        .toArray(String[]::new);
    this.types = Arrays.stream(constructor.getParameters()).map(p -> new TypeDescriptor(MethodParameter.forParameter(p))).toArray(TypeDescriptor[]::new);
  }

  public static <R extends Record> RecordRowMapper<R> of(Class<R> type) {
    return new RecordRowMapper<>(type);
  }

  @Override
  public R mapRow(ResultSet rs, int rowNumber) throws SQLException {
    Object[] args = new Object[columns.length];
    for (int i = 0; i < args.length; i++) {
      Object value = JdbcUtils.getResultSetValue(rs, rs.findColumn(columns[i]), types[i].getType());
      args[i] = conversions.convert(value, types[i]);
    }
    return BeanUtils.instantiateClass(constructor, args);
  }
}
