/**
 */
package org.jinzai.model.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.jinzai.model.JinzaiPackage;
import org.jinzai.model.UptakeEstimate;

/**
 * This is the item provider adapter for a {@link org.jinzai.model.UptakeEstimate} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class UptakeEstimateItemProvider 
	extends ItemProviderAdapter
	implements
		IEditingDomainItemProvider,
		IStructuredItemContentProvider,
		ITreeItemContentProvider,
		IItemLabelProvider,
		IItemPropertySource {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public UptakeEstimateItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addPerYearPropertyDescriptor(object);
			addLowPropertyDescriptor(object);
			addHighPropertyDescriptor(object);
			addCompletionsPropertyDescriptor(object);
			addFirstYearPropertyDescriptor(object);
			addLastYearPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Per Year feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPerYearPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_UptakeEstimate_perYear_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_UptakeEstimate_perYear_feature", "_UI_UptakeEstimate_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 JinzaiPackage.Literals.UPTAKE_ESTIMATE__PER_YEAR,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Low feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLowPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_UptakeEstimate_low_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_UptakeEstimate_low_feature", "_UI_UptakeEstimate_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 JinzaiPackage.Literals.UPTAKE_ESTIMATE__LOW,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the High feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addHighPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_UptakeEstimate_high_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_UptakeEstimate_high_feature", "_UI_UptakeEstimate_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 JinzaiPackage.Literals.UPTAKE_ESTIMATE__HIGH,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Completions feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCompletionsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_UptakeEstimate_completions_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_UptakeEstimate_completions_feature", "_UI_UptakeEstimate_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 JinzaiPackage.Literals.UPTAKE_ESTIMATE__COMPLETIONS,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the First Year feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFirstYearPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_UptakeEstimate_firstYear_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_UptakeEstimate_firstYear_feature", "_UI_UptakeEstimate_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 JinzaiPackage.Literals.UPTAKE_ESTIMATE__FIRST_YEAR,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Last Year feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLastYearPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_UptakeEstimate_lastYear_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_UptakeEstimate_lastYear_feature", "_UI_UptakeEstimate_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 JinzaiPackage.Literals.UPTAKE_ESTIMATE__LAST_YEAR,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean hasChildren(Object object) {
		return hasChildren(object, true);
	}

	/**
	 * This returns UptakeEstimate.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/UptakeEstimate")); //$NON-NLS-1$
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean shouldComposeCreationImage() {
		return true;
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		UptakeEstimate uptakeEstimate = (UptakeEstimate)object;
		return getString("_UI_UptakeEstimate_type") + " " + uptakeEstimate.getPerYear(); //$NON-NLS-1$ //$NON-NLS-2$
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(UptakeEstimate.class)) {
			case JinzaiPackage.UPTAKE_ESTIMATE__PER_YEAR:
			case JinzaiPackage.UPTAKE_ESTIMATE__LOW:
			case JinzaiPackage.UPTAKE_ESTIMATE__HIGH:
			case JinzaiPackage.UPTAKE_ESTIMATE__COMPLETIONS:
			case JinzaiPackage.UPTAKE_ESTIMATE__FIRST_YEAR:
			case JinzaiPackage.UPTAKE_ESTIMATE__LAST_YEAR:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);
	}

	/**
	 * Return the resource locator for this item provider's resources.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		return JinzaiEditPlugin.INSTANCE;
	}

}
