/**
 */
package org.jinzai.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Target Scope</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * What a target counts over: the whole organization, every department separately (each must meet it), one department, or all departments of a kind.
 * <!-- end-model-doc -->
 * @see org.jinzai.model.JinzaiPackage#getTargetScope()
 * @model
 * @generated
 */
public enum TargetScope implements Enumerator {
	/**
	 * The '<em><b>ORGANIZATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ORGANIZATION_VALUE
	 * @generated
	 * @ordered
	 */
	ORGANIZATION(0, "ORGANIZATION", "ORGANIZATION"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>EACH DEPARTMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EACH_DEPARTMENT_VALUE
	 * @generated
	 * @ordered
	 */
	EACH_DEPARTMENT(1, "EACH_DEPARTMENT", "EACH_DEPARTMENT"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>DEPARTMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEPARTMENT_VALUE
	 * @generated
	 * @ordered
	 */
	DEPARTMENT(2, "DEPARTMENT", "DEPARTMENT"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>DEPARTMENT KIND</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEPARTMENT_KIND_VALUE
	 * @generated
	 * @ordered
	 */
	DEPARTMENT_KIND(3, "DEPARTMENT_KIND", "DEPARTMENT_KIND"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>ORGANIZATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ORGANIZATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ORGANIZATION_VALUE = 0;

	/**
	 * The '<em><b>EACH DEPARTMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EACH_DEPARTMENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EACH_DEPARTMENT_VALUE = 1;

	/**
	 * The '<em><b>DEPARTMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEPARTMENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DEPARTMENT_VALUE = 2;

	/**
	 * The '<em><b>DEPARTMENT KIND</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEPARTMENT_KIND
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DEPARTMENT_KIND_VALUE = 3;

	/**
	 * An array of all the '<em><b>Target Scope</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final TargetScope[] VALUES_ARRAY =
		new TargetScope[] {
			ORGANIZATION,
			EACH_DEPARTMENT,
			DEPARTMENT,
			DEPARTMENT_KIND,
		};

	/**
	 * A public read-only list of all the '<em><b>Target Scope</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<TargetScope> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Target Scope</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TargetScope get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			TargetScope result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Target Scope</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TargetScope getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			TargetScope result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Target Scope</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TargetScope get(int value) {
		switch (value) {
			case ORGANIZATION_VALUE: return ORGANIZATION;
			case EACH_DEPARTMENT_VALUE: return EACH_DEPARTMENT;
			case DEPARTMENT_VALUE: return DEPARTMENT;
			case DEPARTMENT_KIND_VALUE: return DEPARTMENT_KIND;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private TargetScope(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //TargetScope
