/**
 */
package org.jinzai.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Allocation Policy</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How a pool shares its capacity among the members when they ask for more than it has: by the members' priority, in proportion to what they ask, the smallest members first, or first come (who is served keeps it).
 * <!-- end-model-doc -->
 * @see org.jinzai.model.JinzaiPackage#getAllocationPolicy()
 * @model
 * @generated
 */
public enum AllocationPolicy implements Enumerator {
	/**
	 * The '<em><b>PRIORITY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRIORITY_VALUE
	 * @generated
	 * @ordered
	 */
	PRIORITY(0, "PRIORITY", "PRIORITY"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>PROPORTIONAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROPORTIONAL_VALUE
	 * @generated
	 * @ordered
	 */
	PROPORTIONAL(1, "PROPORTIONAL", "PROPORTIONAL"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>SMALLEST FIRST</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SMALLEST_FIRST_VALUE
	 * @generated
	 * @ordered
	 */
	SMALLEST_FIRST(2, "SMALLEST_FIRST", "SMALLEST_FIRST"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>FIRST COME</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FIRST_COME_VALUE
	 * @generated
	 * @ordered
	 */
	FIRST_COME(3, "FIRST_COME", "FIRST_COME"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>PRIORITY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRIORITY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PRIORITY_VALUE = 0;

	/**
	 * The '<em><b>PROPORTIONAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROPORTIONAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PROPORTIONAL_VALUE = 1;

	/**
	 * The '<em><b>SMALLEST FIRST</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SMALLEST_FIRST
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SMALLEST_FIRST_VALUE = 2;

	/**
	 * The '<em><b>FIRST COME</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FIRST_COME
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FIRST_COME_VALUE = 3;

	/**
	 * An array of all the '<em><b>Allocation Policy</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final AllocationPolicy[] VALUES_ARRAY =
		new AllocationPolicy[] {
			PRIORITY,
			PROPORTIONAL,
			SMALLEST_FIRST,
			FIRST_COME,
		};

	/**
	 * A public read-only list of all the '<em><b>Allocation Policy</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<AllocationPolicy> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Allocation Policy</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AllocationPolicy get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AllocationPolicy result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Allocation Policy</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AllocationPolicy getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AllocationPolicy result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Allocation Policy</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AllocationPolicy get(int value) {
		switch (value) {
			case PRIORITY_VALUE: return PRIORITY;
			case PROPORTIONAL_VALUE: return PROPORTIONAL;
			case SMALLEST_FIRST_VALUE: return SMALLEST_FIRST;
			case FIRST_COME_VALUE: return FIRST_COME;
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
	private AllocationPolicy(int value, String name, String literal) {
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
	
} //AllocationPolicy
